import { Injectable } from '@nestjs/common';
import type { TUser } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

const USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  entityCode: true,
  disabled: true,
  language: true,
  passwordHash: true,
  totpEnabledAt: true,
  createdAt: true,
} as const;

type UserRow = Prisma.UserGetPayload<{ select: typeof USER_FIELDS }>;

export const toUser = ({ passwordHash, totpEnabledAt, ...row }: UserRow): TUser => ({
  ...row,
  status: passwordHash ? 'ACTIVE' : 'INVITED',
  twoFactor: totpEnabledAt !== null,
  createdAt: row.createdAt.toISOString(),
});

@Injectable()
export class UsersRepository {
  constructor(readonly prisma: PrismaService) {}

  async list(): Promise<TUser[]> {
    const rows = await this.prisma.user.findMany({ select: USER_FIELDS, orderBy: [{ role: 'asc' }, { email: 'asc' }] });
    return rows.map(toUser);
  }

  async find(tx: Tx, id: string): Promise<TUser | null> {
    const row = await tx.user.findUnique({ where: { id }, select: USER_FIELDS });
    return row && toUser(row);
  }

  emailTaken(tx: Tx, email: string) {
    return tx.user.count({ where: { email } }).then((count) => count > 0);
  }

  entityExists(tx: Tx, code: string) {
    return tx.entity.count({ where: { code } }).then((count) => count > 0);
  }

  countActiveAdmins(tx: Tx) {
    return tx.user.count({ where: { role: 'ADMIN', disabled: false } });
  }

  async create(tx: Tx, data: Prisma.UserUncheckedCreateInput): Promise<TUser> {
    return toUser(await tx.user.create({ data, select: USER_FIELDS }));
  }

  async update(tx: Tx, id: string, data: Prisma.UserUncheckedUpdateInput): Promise<TUser> {
    return toUser(await tx.user.update({ where: { id }, data, select: USER_FIELDS }));
  }

  endSessions(tx: Tx, userId: string) {
    return tx.session.deleteMany({ where: { userId } });
  }
}
