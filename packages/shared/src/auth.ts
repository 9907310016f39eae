import { z } from 'zod';
import type { TRole } from './users';

export const ZLogin = z.object({
  email: z.string().trim().toLowerCase().min(1, { error: 'Enter your e-mail address.' }),
  password: z.string().min(1, { error: 'Enter your password.' }),
});
export type TLogin = z.infer<typeof ZLogin>;

/** The signed-in user as the API returns it, with the token to send back in the X-CSRF-Token header. */
export interface TSession {
  user: { id: string; email: string; name: string; role: TRole; entityCode: string | null };
  csrfToken: string;
}

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'replies_session';
