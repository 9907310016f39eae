import type { Request, Response } from 'express';
import { BROWSER_COOKIE, LOGIN_CHALLENGE_COOKIE, SESSION_COOKIE } from '@replies/shared';
import { DomainError } from '../../common/domain-error';
import { appConfig } from '../../config/config';
import { CHALLENGE_LIFETIME_MS, SESSION_LIFETIME_MS, type ClientInfo, type OpenedSession } from './auth.service';

export const cookieOptions = () => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: appConfig().cookieSecure,
  path: '/',
});

const BROWSER_LIFETIME_MS = 400 * 24 * 60 * 60 * 1000;

export function clientOf(request: Request): ClientInfo {
  const browser: unknown = request.cookies?.[BROWSER_COOKIE];
  return {
    ip: request.ip,
    userAgent: request.header('user-agent'),
    browserToken: typeof browser === 'string' ? browser : undefined,
  };
}

/** Sets the session cookie (and the browser's long-lived id); returns the session for the body. */
export function startSession(response: Response, opened: OpenedSession) {
  response.cookie(SESSION_COOKIE, opened.token, { ...cookieOptions(), maxAge: SESSION_LIFETIME_MS });
  response.cookie(BROWSER_COOKIE, opened.browserToken, { ...cookieOptions(), maxAge: BROWSER_LIFETIME_MS });
  response.clearCookie(LOGIN_CHALLENGE_COOKIE, cookieOptions());
  return opened.session;
}

export function startChallenge(response: Response, challengeToken: string) {
  response.cookie(LOGIN_CHALLENGE_COOKIE, challengeToken, { ...cookieOptions(), maxAge: CHALLENGE_LIFETIME_MS });
}

export function challengeOf(request: Request): string | undefined {
  const value: unknown = request.cookies?.[LOGIN_CHALLENGE_COOKIE];
  return typeof value === 'string' && value ? value : undefined;
}

/** A form posted from another site would sign the victim into the attacker's account. */
export function refuseCrossSite(request: Request) {
  const origin = request.header('origin');
  const host = request.header('host');
  const fetchSite = request.header('sec-fetch-site');
  // A browser that says where the request comes from is believed; then the Origin (`null` for a form
  // posted under a no-referrer policy, so such a form counts as cross-site only without Sec-Fetch-Site).
  const crossSite =
    fetchSite === 'cross-site' || (fetchSite !== 'same-origin' && origin !== undefined && hostOf(origin) !== host);
  if (crossSite) throw new DomainError(403, 'CSRF', 'Sign in from the portal itself.');
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
