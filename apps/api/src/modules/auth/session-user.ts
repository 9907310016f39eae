import type { Request } from 'express';
import type { TRole } from '@replies/shared';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: TRole;
  entityCode: string | null;
}

export interface AuthenticatedRequest extends Request {
  auth?: { sessionId: string; csrfToken: string; user: SessionUser };
}

/** Editors and administrators: the Secretariat, who reach every cycle and reply. */
export const isSecretariat = (user: SessionUser) => user.role === 'EDITOR' || user.role === 'ADMIN';
