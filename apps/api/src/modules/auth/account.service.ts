import { Injectable } from '@nestjs/common';
import {
  PASSWORD_RESET_ACCEPTED,
  type TActivateAccount,
  type TActiveSession,
  type TLanguage,
  type TPasswordResetConfirm,
  type TRole,
  type TSessionUser,
} from '@replies/shared';
import { DomainError, notFound } from '../../common/domain-error';
import type { Tx } from '../../database/prisma.service';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { CyclesRepository } from '../cycles/cycles.repository';
import {
  ACTIVATION_VALID_DAYS,
  MailNotifications,
  PASSWORD_RESET_VALID_MINUTES,
  toNamedEntity,
} from '../mail/notifications.service';
import { OutboxRepository } from '../mail/outbox.repository';
import { AccountRepository } from './account.repository';
import { AuthService, toSessionUser, type ClientInfo, type OpenedSession } from './auth.service';
import { hashPassword } from './passwords';
import { assertAcceptablePassword } from './password-policy';
import { SessionRepository } from './session.repository';
import type { SessionUser } from './session-user';
import { newToken, tokenHash } from './tokens';

const DAY_MS = 24 * 60 * 60 * 1000;
const RESET_WINDOW_MS = 60 * 60 * 1000;
/** Reset links per e-mail per hour: beyond, requests are answered the same but send nothing. */
const MAX_RESETS_PER_EMAIL = 3;
/** Reset requests per client address per hour: beyond, 429. */
const MAX_RESETS_PER_IP = 20;

const invalidLink = () =>
  new DomainError(
    400,
    'INVALID_TOKEN',
    'This link is not valid any more: it has expired or was already used. Ask for a new one.',
  );

export interface InvitedUser {
  id: string;
  email: string;
  name: string;
  language: TLanguage;
  role: TRole;
  entityCode: string | null;
}

/** Activation of invited accounts, password reset, the user's language and their own sessions. */
@Injectable()
export class AccountService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly auth: AuthService,
    private readonly mail: MailNotifications,
    private readonly outbox: OutboxRepository,
    private readonly cycles: CyclesRepository,
    private readonly audit: AuditService,
  ) {}

  /** Mails a one-time activation link (7 days); earlier links of the user stop working. */
  async sendActivation(tx: Tx, user: InvitedUser, invitedBy: SessionUser | null): Promise<void> {
    const token = newToken();
    await this.accounts.issueToken(
      tx,
      user.id,
      'ACTIVATION',
      tokenHash(token),
      new Date(Date.now() + ACTIVATION_VALID_DAYS * DAY_MS),
    );
    const [entity] = user.entityCode ? await this.outbox.namedEntities(tx, [user.entityCode]) : [];
    await this.mail.activation(
      tx,
      { userId: user.id, email: user.email, name: user.name, language: user.language, role: user.role },
      token,
      { invitedBy: invitedBy?.name ?? null, entity: entity ? toNamedEntity(entity) : null },
    );
  }

  /**
   * Sets the invited user's password from the link, and signs them in. A focal point then receives the
   * requests already sent to their State or organization that still await its reply.
   */
  activate(input: TActivateAccount, client: ClientInfo): Promise<OpenedSession> {
    assertAcceptablePassword(input.password);
    return this.transactions.run(async (tx) => {
      const token = await this.accounts.lockToken(tx, tokenHash(input.token));
      if (!token || token.purpose !== 'ACTIVATION' || token.usedAt || token.expiresAt.getTime() <= Date.now()) {
        throw invalidLink();
      }
      const user = await this.accounts.user(tx, token.userId);
      if (!user || user.disabled || user.passwordHash) throw invalidLink();
      await this.accounts.useToken(tx, token.id);
      const activated = await this.accounts.setPassword(tx, user.id, await hashPassword(input.password));
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'account.activate',
        targetType: 'User',
        targetId: user.id,
      });
      if (user.role === 'FOCAL_POINT' && user.entityCode) await this.sendPendingRequests(tx, user);
      return this.auth.openSession(activated, client, tx);
    });
  }

  /**
   * Always the same answer, whether or not the e-mail has an account. A link (valid one hour) is
   * mailed to an enabled account, at most three an hour; more than twenty requests an hour from one
   * address get 429.
   */
  async requestPasswordReset(email: string, ip: string | undefined) {
    const since = new Date(Date.now() - RESET_WINDOW_MS);
    if (ip && (await this.sessions.countFailures(since, { ip }, 'PASSWORD_RESET')) >= MAX_RESETS_PER_IP) {
      throw new DomainError(
        429,
        'TOO_MANY_ATTEMPTS',
        'Too many password reset requests. Please wait an hour and try again.',
        { 'Retry-After': String(RESET_WINDOW_MS / 1000) },
      );
    }
    const recent = await this.sessions.countFailures(since, { email }, 'PASSWORD_RESET');
    await this.sessions.recordAttempt(email, ip, false, 'PASSWORD_RESET');
    const user = await this.accounts.userByEmail(email);
    if (!user || user.disabled || recent >= MAX_RESETS_PER_EMAIL) return PASSWORD_RESET_ACCEPTED;
    await this.transactions.run(async (tx) => {
      const token = newToken();
      await this.accounts.issueToken(
        tx,
        user.id,
        'PASSWORD_RESET',
        tokenHash(token),
        new Date(Date.now() + PASSWORD_RESET_VALID_MINUTES * 60_000),
      );
      await this.mail.passwordReset(
        tx,
        { userId: user.id, email: user.email, name: user.name, language: user.language },
        token,
      );
      await this.audit.record(tx, {
        actorId: null,
        action: 'account.password-reset.requested',
        targetType: 'User',
        targetId: user.id,
        after: { ip: ip ?? null },
      });
    });
    return PASSWORD_RESET_ACCEPTED;
  }

  /** Sets the new password and ends every session of the user; they sign in again (second factor included). */
  confirmPasswordReset(input: TPasswordResetConfirm): Promise<void> {
    assertAcceptablePassword(input.password);
    return this.transactions.run(async (tx) => {
      const token = await this.accounts.lockToken(tx, tokenHash(input.token));
      if (!token || token.purpose !== 'PASSWORD_RESET' || token.usedAt || token.expiresAt.getTime() <= Date.now()) {
        throw invalidLink();
      }
      const user = await this.accounts.user(tx, token.userId);
      if (!user || user.disabled) throw invalidLink();
      await this.accounts.useToken(tx, token.id);
      const wasInvited = !user.passwordHash;
      await this.accounts.setPassword(tx, user.id, await hashPassword(input.password));
      const { count } = await this.sessions.deleteAllOf(tx, user.id);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'account.password-reset',
        targetType: 'User',
        targetId: user.id,
        after: { sessionsEnded: count },
      });
      if (wasInvited && user.role === 'FOCAL_POINT' && user.entityCode) await this.sendPendingRequests(tx, user);
    });
  }

  async setLanguage(user: SessionUser, language: TLanguage): Promise<TSessionUser> {
    return toSessionUser(await this.transactions.run((tx) => this.accounts.setLanguage(tx, user.id, language)));
  }

  async listSessions(user: SessionUser, currentSessionId: string): Promise<TActiveSession[]> {
    const sessions = await this.sessions.listForUser(user.id);
    return sessions.map((s) => ({
      id: s.publicId,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      userAgent: s.userAgent,
      ip: s.ip,
      current: s.id === currentSessionId,
    }));
  }

  /** Ends one of the user's own sessions (another browser, or this one). */
  async endSession(user: SessionUser, publicId: string, currentSessionId: string): Promise<{ current: boolean }> {
    const sessions = await this.sessions.listForUser(user.id);
    const target = sessions.find((s) => s.publicId === publicId);
    if (!target) throw notFound('The session');
    await this.transactions.run(async (tx) => {
      await this.sessions.deleteByPublicId(tx, user.id, publicId);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'account.session.end',
        targetType: 'User',
        targetId: user.id,
        after: { userAgent: target.userAgent, ip: target.ip, current: target.id === currentSessionId },
      });
    });
    return { current: target.id === currentSessionId };
  }

  private async sendPendingRequests(
    tx: Tx,
    user: { id: string; email: string; name: string; language: TLanguage; entityCode: string | null },
  ) {
    const recipient = { userId: user.id, email: user.email, name: user.name, language: user.language };
    for (const invitation of await this.accounts.openInvitations(tx, user.entityCode!)) {
      const cycle = await this.cycles.findByRef(invitation.cycleId, tx);
      if (!cycle) continue;
      await this.mail.requests(tx, cycle, [{ entity: invitation.entity, channel: invitation.channel }], 'INVITATION', [
        recipient,
      ]);
    }
  }
}
