import { Injectable } from '@nestjs/common';
import type { TLanguage } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import { SESSION_USER_FIELDS } from './session.repository';

type TokenPurpose = 'ACTIVATION' | 'PASSWORD_RESET';

/** The account data behind sign-in: one-time links, the second factor and its recovery codes. */
@Injectable()
export class AccountRepository {
  constructor(readonly prisma: PrismaService) {}

  user(tx: Tx, id: string) {
    return tx.user.findUnique({
      where: { id },
      select: {
        ...SESSION_USER_FIELDS,
        passwordHash: true,
        totpSecret: true,
        totpPendingSecret: true,
        totpLastStep: true,
      },
    });
  }

  userByEmail(email: string) {
    return this.prisma.user.findUnique({ where: { email }, select: { ...SESSION_USER_FIELDS, passwordHash: true } });
  }

  /** A new one-time link; earlier unused links of the same purpose stop working. */
  async issueToken(tx: Tx, userId: string, purpose: TokenPurpose, tokenHash: string, expiresAt: Date) {
    await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
    await tx.accountToken.create({ data: { userId, purpose, tokenHash, expiresAt } });
  }

  /** Locks and returns the link with this hash, whatever its state. */
  async lockToken(tx: Tx, tokenHash: string) {
    await tx.$executeRaw`SELECT 1 FROM "AccountToken" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    return tx.accountToken.findUnique({ where: { tokenHash } });
  }

  useToken(tx: Tx, id: string) {
    return tx.accountToken.update({ where: { id }, data: { usedAt: new Date() } });
  }

  setPassword(tx: Tx, userId: string, passwordHash: string) {
    return tx.user.update({ where: { id: userId }, data: { passwordHash }, select: SESSION_USER_FIELDS });
  }

  setLanguage(tx: Tx, userId: string, language: TLanguage) {
    return tx.user.update({ where: { id: userId }, data: { language }, select: SESSION_USER_FIELDS });
  }

  setPendingSecret(tx: Tx, userId: string, secret: string) {
    return tx.user.update({ where: { id: userId }, data: { totpPendingSecret: secret } });
  }

  enableTotp(tx: Tx, userId: string, secret: string, step: number) {
    return tx.user.update({
      where: { id: userId },
      data: { totpSecret: secret, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: step },
    });
  }

  setLastStep(tx: Tx, userId: string, step: number) {
    return tx.user.update({ where: { id: userId }, data: { totpLastStep: step } });
  }

  async disableTotp(tx: Tx, userId: string) {
    await tx.recoveryCode.deleteMany({ where: { userId } });
    return tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
  }

  async replaceRecoveryCodes(tx: Tx, userId: string, codeHashes: string[]) {
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash })) });
  }

  /** Marks an unused recovery code used; false when there is none with this hash. */
  async useRecoveryCode(tx: Tx, userId: string, codeHash: string): Promise<boolean> {
    const { count } = await tx.recoveryCode.updateMany({
      where: { userId, codeHash, usedAt: null },
      data: { usedAt: new Date() },
    });
    return count === 1;
  }

  /** Cycles that invited the entity and await its reply: a focal point who arrives later gets their requests. */
  openInvitations(tx: Tx, entityCode: string) {
    return tx.invitation.findMany({
      where: {
        entityCode,
        cycle: { status: { in: ['DRAFT', 'OPEN'] }, replies: { none: { entityCode, status: { not: 'DRAFT' } } } },
      },
      select: {
        cycleId: true,
        channel: true,
        entity: { select: { code: true, type: true, nameEn: true, nameZh: true, formalEn: true } },
      },
    });
  }
}
