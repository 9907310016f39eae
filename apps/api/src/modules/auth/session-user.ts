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
