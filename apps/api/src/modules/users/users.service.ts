import { Injectable } from '@nestjs/common';
import { entityRuleViolation, type TCreateUser, type TUpdateUser, type TUser } from '@replies/shared';
import { conflict, forbidden, invalidField, notFound } from '../../common/domain-error';
import type { Tx } from '../../database/prisma.service';
import { AuditService } from '../audit/audit.service';
import { AccountService } from '../auth/account.service';
import { hashPassword } from '../auth/passwords';
import { assertAcceptablePassword } from '../auth/password-policy';
import { TwoFactorService } from '../auth/two-factor.service';
import type { SessionUser } from '../auth/session-user';
import { UsersRepository } from './users.repository';
import { Transactions } from '../../database/transactions';

@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly account: AccountService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  list(): Promise<TUser[]> {
    return this.users.list();
  }

  /**
   * Creates an account. With a password it is active at once (administrators only); without one it is
   * invited: the user gets a one-time activation link by mail. Editors may invite focal points only.
   */
  async create(input: TCreateUser, actor: SessionUser | null): Promise<TUser> {
    if (actor?.role === 'EDITOR' && (input.role !== 'FOCAL_POINT' || input.password)) {
      throw forbidden(
        'Editors invite focal points (without a password: they choose it from the mail). Only administrators create editors and administrators.',
      );
    }
    if (input.password) assertAcceptablePassword(input.password);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return this.transactions.run(async (tx) => {
      if (await this.users.emailTaken(tx, input.email)) {
        throw conflict('EMAIL_TAKEN', `An account with the e-mail ${input.email} already exists.`);
      }
      await this.checkEntity(tx, input);
      const user = await this.users.create(tx, {
        email: input.email,
        name: input.name,
        role: input.role,
        entityCode: input.entityCode ?? null,
        language: input.language ?? 'en',
        passwordHash,
      });
      await this.audit.record(tx, {
        actorId: actor?.id ?? null,
        action: passwordHash ? 'user.create' : 'user.invite',
        targetType: 'User',
        targetId: user.id,
        after: user,
      });
      if (!passwordHash) await this.account.sendActivation(tx, user, actor);
      return user;
    });
  }

  /** A new activation link for an invited user; the previous one stops working. */
  resendActivation(id: string, actor: SessionUser): Promise<TUser> {
    return this.transactions.run(async (tx) => {
      const user = await this.users.find(tx, id);
      if (!user) throw notFound('The user');
      if (actor.role === 'EDITOR' && user.role !== 'FOCAL_POINT') throw forbidden();
      if (user.status !== 'INVITED') throw conflict('ALREADY_ACTIVE', 'This account is already active.');
      if (user.disabled) throw conflict('USER_DISABLED', 'This account is disabled: enable it first.');
      await this.account.sendActivation(tx, user, actor);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'user.invite.resend',
        targetType: 'User',
        targetId: id,
      });
      return user;
    });
  }

  /** Clears a user's second factor (a lost phone) and ends their sessions; they set it up again. */
  resetTwoFactor(id: string, actor: SessionUser): Promise<TUser> {
    return this.transactions.run(async (tx) => {
      const before = await this.users.find(tx, id);
      if (!before) throw notFound('The user');
      await this.twoFactor.reset(tx, id);
      await this.users.endSessions(tx, id);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'user.2fa.reset',
        targetType: 'User',
        targetId: id,
        before: { twoFactor: before.twoFactor },
        after: { twoFactor: false },
      });
      return (await this.users.find(tx, id))!;
    });
  }

  async update(id: string, changes: TUpdateUser, actor: SessionUser): Promise<TUser> {
    if (changes.password) assertAcceptablePassword(changes.password);
    const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
    return this.transactions.run(async (tx) => {
      const before = await this.users.find(tx, id);
      if (!before) throw notFound('The user');
      const role = changes.role ?? before.role;
      const entityCode =
        changes.entityCode !== undefined ? changes.entityCode : role === 'FOCAL_POINT' ? before.entityCode : null;
      await this.checkEntity(tx, { role, entityCode });
      const losesAdmin = before.role === 'ADMIN' && !before.disabled && (role !== 'ADMIN' || changes.disabled === true);
      if (losesAdmin && (await this.users.countActiveAdmins(tx)) <= 1) {
        throw conflict('LAST_ADMIN', 'This is the last active administrator: make another administrator first.');
      }
      const after = await this.users.update(tx, id, {
        name: changes.name,
        role,
        entityCode,
        disabled: changes.disabled,
        passwordHash,
      });
      if (changes.disabled || passwordHash) await this.users.endSessions(tx, id);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: passwordHash ? 'user.update+password' : 'user.update',
        targetType: 'User',
        targetId: id,
        before,
        after,
      });
      return after;
    });
  }

  private async checkEntity(tx: Tx, user: { role: TUser['role']; entityCode?: string | null }) {
    const violation = entityRuleViolation(user);
    if (violation) throw invalidField('entityCode', violation);
    if (user.entityCode && !(await this.users.entityExists(tx, user.entityCode))) {
      throw invalidField('entityCode', `There is no State or organization with the code ${user.entityCode}.`);
    }
  }
}
