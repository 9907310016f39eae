import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TLogin, TSession } from '@replies/shared';
import { DomainError } from '../../common/domain-error';
import { verifyPassword } from './passwords';
import { SessionRepository } from './session.repository';
import type { SessionUser } from './session-user';

export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 50;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () => new DomainError(401, 'INVALID_CREDENTIALS', 'E-mail or password is incorrect.');

@Injectable()
export class AuthService {
  constructor(private readonly sessions: SessionRepository) {}

  /** Checks the password (argon2id), throttles guessing, and opens a session; returns the cookie token. */
  async login(
    credentials: TLogin,
    client: { ip?: string; userAgent?: string },
  ): Promise<{ token: string; session: TSession }> {
    // The attempt is recorded as failed before the password is checked, so parallel guesses count each other.
    const attempt = await this.sessions.recordAttempt(credentials.email, client.ip, false);
    await this.refuseWhenThrottled(credentials.email, client.ip);
    const user = await this.sessions.findUserForLogin(credentials.email);
    const passwordMatches = await verifyPassword(user?.passwordHash ?? null, credentials.password);
    const succeeded = !!user && passwordMatches && !user.disabled;
    if (!succeeded) throw invalidCredentials();
    await this.sessions.markSucceeded(attempt.id);
    await this.sessions.pruneBefore(new Date(Date.now() - 4 * THROTTLE_WINDOW_MS));

    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await this.sessions.create({
      id: tokenHash(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
      userAgent: client.userAgent?.slice(0, 300),
      ip: client.ip,
    });
    return { token, session: { user: toSessionUser(user), csrfToken } };
  }

  /** The session behind a cookie token, or null when it is unknown, expired, or its user is disabled. */
  async resolve(token: string): Promise<{ sessionId: string; csrfToken: string; user: SessionUser } | null> {
    const id = tokenHash(token);
    const session = await this.sessions.findWithUser(id);
    if (!session) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now || session.user.disabled) {
      await this.sessions.delete(id);
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.sessions.touch(id, new Date(now + SESSION_LIFETIME_MS));
    }
    return { sessionId: id, csrfToken: session.csrfToken, user: toSessionUser(session.user) };
  }

  async logout(sessionId: string) {
    await this.sessions.delete(sessionId);
  }

  private async refuseWhenThrottled(email: string, ip: string | undefined) {
    const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
    const [byEmail, byIp] = await Promise.all([
      this.sessions.countFailures(since, { email }),
      ip ? this.sessions.countFailures(since, { ip }) : 0,
    ]);
    if (byEmail > MAX_FAILURES_PER_EMAIL || byIp > MAX_FAILURES_PER_IP) {
      const minutes = THROTTLE_WINDOW_MS / 60000;
      throw new DomainError(
        429,
        'TOO_MANY_ATTEMPTS',
        `Too many failed sign-in attempts. Please wait ${minutes} minutes and try again.`,
        { 'Retry-After': String(THROTTLE_WINDOW_MS / 1000) },
      );
    }
  }
}

function toSessionUser(user: SessionUser): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, entityCode: user.entityCode };
}
