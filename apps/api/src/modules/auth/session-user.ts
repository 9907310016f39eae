import type { Request } from 'express';
import type { TSessionUser } from '@replies/shared';
import { appConfig } from '../../config/config';

export type SessionUser = TSessionUser;

export interface AuthenticatedRequest extends Request {
  auth?: { sessionId: string; csrfToken: string; user: SessionUser; twoFactorSetupRequired: boolean };
}

/** Editors and administrators: the Secretariat, who reach every cycle and reply. */
export const isSecretariat = (user: Pick<SessionUser, 'role'>) => user.role === 'EDITOR' || user.role === 'ADMIN';

/** REQUIRE_2FA=secretariat: editors and administrators must sign in with a second factor. */
export const twoFactorRequiredFor = (user: Pick<SessionUser, 'role'>) =>
  appConfig().require2fa === 'secretariat' && isSecretariat(user);
