import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TLogin, TSession } from '@replies/shared';
import { DomainError } from '../../common/domain-error';
import type { Tx } from '../../database/prisma.service';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { verifyPassword } from './passwords';
import { SESSION_USER_FIELDS, SessionRepository } from './session.repository';
import { twoFactorRequiredFor, type SessionUser } from './session-user';
import { newToken, tokenHash } from './tokens';
import { TwoFactorService } from './two-factor.service';
import type { Prisma } from '../../generated/prisma/client';

export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 50;
/** Between the password and the second factor. */
export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;
export const MAX_CODE_FAILURES = 5;

type UserRow = Prisma.UserGetPayload<{ select: typeof SESSION_USER_FIELDS }>;

export interface ClientInfo {
  ip?: string;
  userAgent?: string;
  /** The browser's long-lived random id (cookie), if it has one. */
  browserToken?: string;
}

export interface OpenedSession {
  token: string;
  browserToken: string;
  session: TSession;
}

export type LoginOutcome = ({ kind: 'session' } & OpenedSession) | { kind: 'challenge'; challengeToken: string };

const invalidCredentials = () => new DomainError(401, 'INVALID_CREDENTIALS', 'E-mail or password is incorrect.');

export const toSessionUser = (user: UserRow): SessionUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  entityCode: user.entityCode,
  language: user.language,
  twoFactor: user.totpEnabledAt !== null,
});

@Injectable()
export class AuthService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly transactions: Transactions,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the password (argon2id) and throttles guessing. Without a second factor it opens a session;
   * with one it opens a short challenge that POST /auth/login/totp completes.
   */
  async login(credentials: TLogin, client: ClientInfo): Promise<LoginOutcome> {
    // The attempt is recorded as failed before the password is checked, so parallel guesses count each other.
    const attempt = await this.sessions.recordAttempt(credentials.email, client.ip, false);
    await this.refuseWhenThrottled(credentials.email, client.ip);
    const user = await this.sessions.findUserForLogin(credentials.email);
    const passwordMatches = await verifyPassword(user?.passwordHash ?? null, credentials.password);
    const succeeded = !!user && passwordMatches && !user.disabled;
    if (!succeeded) throw invalidCredentials();
    await this.sessions.markSucceeded(attempt.id);
    await this.sessions.pruneBefore(new Date(Date.now() - 4 * THROTTLE_WINDOW_MS));

    if (user.totpEnabledAt) {
      const challengeToken = newToken();
      await this.sessions.createChallenge({
        id: tokenHash(challengeToken),
        userId: user.id,
        expiresAt: new Date(Date.now() + CHALLENGE_LIFETIME_MS),
      });
      return { kind: 'challenge', challengeToken };
    }
    return { kind: 'session', ...(await this.openSession(user, client)) };
  }

  /** The second step: a code of the authenticator app or a recovery code, for the challenge of the cookie. */
  async completeLogin(challengeToken: string | undefined, code: string, client: ClientInfo): Promise<OpenedSession> {
    const expired = () =>
      new DomainError(401, 'LOGIN_EXPIRED', 'Your sign-in has expired: enter your e-mail and password again.');
    if (!challengeToken) throw expired();
    const id = tokenHash(challengeToken);
    const challenge = await this.sessions.findChallenge(id);
    if (!challenge || challenge.expiresAt.getTime() <= Date.now() || challenge.user.disabled) throw expired();
    const opened = await this.transactions.run(async (tx) => {
      const used = await this.twoFactor.verifyForLogin(tx, challenge.userId, code);
      if (!used) return null;
      await this.sessions.deleteChallenge(id, tx);
      if (used === 'recovery') {
        await this.audit.record(tx, {
          actorId: challenge.userId,
          action: 'account.2fa.recovery-code-used',
          targetType: 'User',
          targetId: challenge.userId,
        });
      }
      return this.openSession(challenge.user, client, tx);
    });
    if (opened) return opened;
    const { failures } = await this.sessions.countChallengeFailure(id);
    if (failures >= MAX_CODE_FAILURES) {
      await this.sessions.deleteChallenge(id);
      throw new DomainError(429, 'TOO_MANY_ATTEMPTS', 'Too many wrong codes: enter your e-mail and password again.');
    }
    throw new DomainError(401, 'INVALID_CODE', 'This code is not valid: enter the current code of your app.');
  }

  /** A new session for a user whose credentials were checked; a browser never seen for them is audited. */
  async openSession(user: UserRow, client: ClientInfo, tx?: Tx): Promise<OpenedSession> {
    const run = <T>(work: (t: Tx) => Promise<T>) => (tx ? work(tx) : this.transactions.run(work));
    return run(async (t) => {
      const token = newToken();
      const csrfToken = randomBytes(24).toString('base64url');
      await this.sessions.create(t, {
        id: tokenHash(token),
        userId: user.id,
        csrfToken,
        expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
        userAgent: client.userAgent?.slice(0, 300),
        ip: client.ip,
      });
      const browserToken =
        client.browserToken && /^[\w-]{20,100}$/.test(client.browserToken) ? client.browserToken : newToken();
      const userAgent = client.userAgent?.slice(0, 300);
      const known = await this.sessions.rememberBrowser(t, user.id, tokenHash(browserToken), userAgent);
      if (!known) {
        await this.audit.record(t, {
          actorId: user.id,
          action: 'account.sign-in.new-browser',
          targetType: 'User',
          targetId: user.id,
          after: { userAgent: userAgent ?? null, ip: client.ip ?? null },
        });
      }
      const sessionUser = toSessionUser(user);
      return {
        token,
        browserToken,
        session: {
          user: sessionUser,
          csrfToken,
          twoFactorSetupRequired: twoFactorRequiredFor(sessionUser) && !sessionUser.twoFactor,
          twoFactorMandatory: twoFactorRequiredFor(sessionUser),
        },
      };
    });
  }

  /** The session behind a cookie token, or null when it is unknown, expired, or its user is disabled. */
  async resolve(
    token: string,
  ): Promise<{ sessionId: string; csrfToken: string; user: SessionUser; twoFactorSetupRequired: boolean } | null> {
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
    const user = toSessionUser(session.user);
    return {
      sessionId: id,
      csrfToken: session.csrfToken,
      user,
      twoFactorSetupRequired: twoFactorRequiredFor(user) && !user.twoFactor,
    };
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
