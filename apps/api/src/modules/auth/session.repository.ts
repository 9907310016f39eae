import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';

const USER_FIELDS = { id: true, email: true, name: true, role: true, entityCode: true, disabled: true } as const;

@Injectable()
export class SessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { id: string; userId: string; csrfToken: string; expiresAt: Date; userAgent?: string; ip?: string }) {
    return this.prisma.session.create({ data });
  }

  findWithUser(id: string) {
    return this.prisma.session.findUnique({ where: { id }, include: { user: { select: USER_FIELDS } } });
  }

  touch(id: string, expiresAt: Date) {
    return this.prisma.session.updateMany({ where: { id }, data: { lastSeenAt: new Date(), expiresAt } });
  }

  delete(id: string) {
    return this.prisma.session.deleteMany({ where: { id } });
  }

  markSucceeded(attemptId: bigint) {
    return this.prisma.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
  }

  /** Expired sessions and old sign-in attempts are of no use any more. */
  async pruneBefore(attemptsBefore: Date) {
    await this.prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    await this.prisma.loginAttempt.deleteMany({ where: { at: { lt: attemptsBefore } } });
  }

  findUserForLogin(email: string) {
    return this.prisma.user.findUnique({ where: { email }, select: { ...USER_FIELDS, passwordHash: true } });
  }

  recordAttempt(email: string, ip: string | undefined, succeeded: boolean) {
    return this.prisma.loginAttempt.create({ data: { email, ip, succeeded } });
  }

  countFailures(since: Date, by: { email: string } | { ip: string }) {
    return this.prisma.loginAttempt.count({ where: { ...by, succeeded: false, at: { gte: since } } });
  }
}
