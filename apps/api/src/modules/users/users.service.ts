import { Injectable } from '@nestjs/common';
import { entityRuleViolation, type TCreateUser, type TUpdateUser, type TUser } from '@replies/shared';
import { conflict, invalidField, notFound } from '../../common/domain-error';
import type { Tx } from '../../database/prisma.service';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import type { SessionUser } from '../auth/session-user';
import { UsersRepository } from './users.repository';
import { Transactions } from '../../database/transactions';

@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<TUser[]> {
    return this.users.list();
  }

  async create(input: TCreateUser, actor: SessionUser | null): Promise<TUser> {
    const passwordHash = await hashPassword(input.password);
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
        passwordHash,
      });
      await this.audit.record(tx, {
        actorId: actor?.id ?? null,
        action: 'user.create',
        targetType: 'User',
        targetId: user.id,
        after: user,
      });
      return user;
    });
  }

  async update(id: string, changes: TUpdateUser, actor: SessionUser): Promise<TUser> {
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
