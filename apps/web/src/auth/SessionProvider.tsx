import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TSession } from '@replies/shared';
import { ApiError, api, onUnauthorized, setCsrfToken } from '../api/client';
import { clearEntities } from '../entities/store';
import { changeLanguage, i18n } from '../i18n';
import { isInterfaceLanguage } from '../i18n/languages';
import { SessionContext, type SessionContextValue, type SessionState } from './session';

/**
 * Knows who is signed in: asks the API once at start (GET /api/auth/me), then follows sign-out. Signing in
 * happens on the server's own sign-in page (/login), which comes back here with the session cookie set.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const start = useCallback((session: TSession) => {
    setCsrfToken(session.csrfToken);
    setState({
      status: 'signed-in',
      user: session.user,
      twoFactorSetupRequired: session.twoFactorSetupRequired,
      twoFactorMandatory: session.twoFactorMandatory,
    });
    // The interface follows the language kept with the account.
    const language = session.user.language;
    if (isInterfaceLanguage(language) && i18n.resolvedLanguage !== language) void changeLanguage(language);
  }, []);

  const end = useCallback((expired: boolean) => {
    setCsrfToken(null);
    clearEntities();
    setState({ status: 'signed-out', expired });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    api.auth.me(controller.signal).then(start, (error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      if (!(error instanceof ApiError) || error.status !== 401) console.warn('Could not read the session', error);
      end(false);
    });
    return () => controller.abort();
  }, [start, end]);

  // Any 401 to a signed-in call means the server ended the session (expired, or the account was disabled).
  useEffect(() => {
    onUnauthorized(() => end(true));
    return () => onUnauthorized(null);
  }, [end]);

  const signOut = useCallback(async () => {
    try {
      await api.auth.logout();
    } catch {
      // The sign-in page comes next whatever the server answers: the cookie may already be gone.
    }
    setCsrfToken(null);
    window.location.assign('/login');
  }, []);

  const value = useMemo<SessionContextValue>(() => ({ state, adopt: start, signOut }), [state, start, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
