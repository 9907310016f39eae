import { createContext, useContext } from 'react';
import type { TSession } from '@replies/shared';

export type SessionUser = TSession['user'];

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; user: SessionUser; twoFactorSetupRequired: boolean; twoFactorMandatory: boolean };

export interface SessionContextValue {
  state: SessionState;
  /** A session the API opened another way (account activation), or the same one updated. */
  adopt: (session: TSession) => void;
  /** Ends the session on the server, then opens the sign-in page. */
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() is used outside <SessionProvider>.');
  return value;
}

/** The signed-in user, for screens that are only rendered behind <RequireAuth>. */
export function useUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser() is used on a page that does not require a session.');
  return state.user;
}
