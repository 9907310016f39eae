import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../database/prisma.service';
import { SESSION_SQL } from '../../database/sql/read-queries';
import type { Prisma } from '../../generated/prisma/client';

export const SESSION_USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  entityCode: true,
  disabled: true,
  language: true,
  totpEnabledAt: true,
} as const;

type SessionUserRow = Prisma.UserGetPayload<{ select: typeof SESSION_USER_FIELDS }>;
type SessionRow = { id: string; csrfToken: string; expiresAt: Date; lastSeenAt: Date; userId: string } & Omit<
  SessionUserRow,
  'id'
>;
export type SessionWithUser = Pick<SessionRow, 'id' | 'csrfToken' | 'expiresAt' | 'lastSeenAt' | 'userId'> & {
  user: SessionUserRow;
};

@Injectable()
export class SessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(
    tx: Tx,
    data: { id: string; userId: string; csrfToken: string; expiresAt: Date; userAgent?: string; ip?: string },
  ) {
    return tx.session.create({ data });
  }

  /** The session and its user, in one query (every signed-in request starts with it). */
  async findWithUser(id: string): Promise<SessionWithUser | null> {
    const [row] = await this.prisma.read<SessionRow>(SESSION_SQL, id);
    if (!row) return null;
    const { userId, email, name, role, entityCode, disabled, language, totpEnabledAt, ...session } = row;
    return {
      ...session,
      userId,
      user: { id: userId, email, name, role, entityCode, disabled, language, totpEnabledAt },
    };
  }

  touch(id: string, expiresAt: Date) {
    return this.prisma.session.updateMany({ where: { id }, data: { lastSeenAt: new Date(), expiresAt } });
  }

  delete(id: string) {
    return this.prisma.session.deleteMany({ where: { id } });
  }

  /** The user's own sessions, most recently used first. */
  listForUser(userId: string) {
    return this.prisma.session.findMany({
      where: { userId, expiresAt: { gt: new Date() } },
      orderBy: { lastSeenAt: 'desc' },
      select: { id: true, publicId: true, createdAt: true, lastSeenAt: true, userAgent: true, ip: true },
    });
  }

  deleteByPublicId(tx: Tx, userId: string, publicId: string) {
    return tx.session.deleteMany({ where: { userId, publicId } });
  }

  deleteAllOf(tx: Tx, userId: string) {
    return tx.session.deleteMany({ where: { userId } });
  }

  markSucceeded(attemptId: bigint) {
    return this.prisma.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
  }

  /** Expired sessions, sign-in challenges and old attempts are of no use any more. */
  async pruneBefore(attemptsBefore: Date) {
    await this.prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    await this.prisma.loginChallenge.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    await this.prisma.loginAttempt.deleteMany({ where: { at: { lt: attemptsBefore } } });
  }

  findUserForLogin(email: string) {
    return this.prisma.user.findUnique({ where: { email }, select: { ...SESSION_USER_FIELDS, passwordHash: true } });
  }

  recordAttempt(email: string, ip: string | undefined, succeeded: boolean, kind = 'LOGIN') {
    return this.prisma.loginAttempt.create({ data: { email, ip, succeeded, kind } });
  }

  countFailures(since: Date, by: { email: string } | { ip: string }, kind = 'LOGIN') {
    return this.prisma.loginAttempt.count({ where: { ...by, kind, succeeded: false, at: { gte: since } } });
  }

  createChallenge(data: { id: string; userId: string; expiresAt: Date }) {
    return this.prisma.loginChallenge.create({ data });
  }

  findChallenge(id: string) {
    return this.prisma.loginChallenge.findUnique({ where: { id }, include: { user: { select: SESSION_USER_FIELDS } } });
  }

  countChallengeFailure(id: string) {
    return this.prisma.loginChallenge.update({ where: { id }, data: { failures: { increment: 1 } } });
  }

  deleteChallenge(id: string, tx: Tx = this.prisma) {
    return tx.loginChallenge.deleteMany({ where: { id } });
  }

  /** Whether the user signed in from this browser before; remembers it either way. */
  async rememberBrowser(tx: Tx, userId: string, browserHash: string, userAgent?: string): Promise<boolean> {
    const known = await tx.knownBrowser.findUnique({ where: { userId_browserHash: { userId, browserHash } } });
    if (known) {
      await tx.knownBrowser.update({
        where: { userId_browserHash: { userId, browserHash } },
        data: { lastSeenAt: new Date(), userAgent },
      });
      return true;
    }
    await tx.knownBrowser.create({ data: { userId, browserHash, userAgent } });
    return false;
  }
}
