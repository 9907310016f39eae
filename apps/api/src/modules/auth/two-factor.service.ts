import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Secret, TOTP } from 'otpauth';
import type QRCode from 'qrcode';
import type { TRecoveryCodes, TTotpSetup } from '@replies/shared';
import { conflict, DomainError } from '../../common/domain-error';
import type { Tx } from '../../database/prisma.service';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { AccountRepository } from './account.repository';
import { twoFactorRequiredFor, type SessionUser } from './session-user';
import { tokenHash } from './tokens';

const PERIOD = 30;
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

const totpFor = (secret: string, label: string) =>
  new TOTP({
    issuer: 'Replies',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });

/** The time step of a valid code (the current one, or one step either side for clocks that drift), or null. */
function acceptedStep(secret: string, code: string): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secret, 'x').validate({ token: code, window: 1 });
  return delta === null ? null : Math.floor(Date.now() / 1000 / PERIOD) + delta;
}

const normalizeRecoveryCode = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const invalidCode = () =>
  new DomainError(400, 'VALIDATION', 'This code is not valid: enter the current code of your app.', {}, [
    { path: 'code', message: 'This code is not valid: enter the current code of your app.' },
  ]);

/** TOTP second factor (RFC 6238, otpauth) with ten single-use recovery codes. */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: AccountRepository,
    private readonly audit: AuditService,
  ) {}

  /** A new secret to scan; it takes effect once a code from the app confirms it. */
  async setup(user: SessionUser): Promise<TTotpSetup> {
    if (user.twoFactor) {
      throw conflict(
        'TWO_FACTOR_ALREADY_ON',
        'Two-factor sign-in is already on: turn it off first to set up another app.',
      );
    }
    const secret = new Secret({ size: 20 }).base32;
    await this.transactions.run((tx) => this.accounts.setPendingSecret(tx, user.id, secret));
    const otpauthUrl = totpFor(secret, user.email).toString();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by the first set-up of a code, not at every start
    const qrSvg = await (require('qrcode') as typeof QRCode).toString(otpauthUrl, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    return { secret, otpauthUrl, qrSvg };
  }

  /** Turns the factor on with the first code of the app; returns the recovery codes, shown once. */
  confirm(user: SessionUser, code: string): Promise<TRecoveryCodes> {
    return this.transactions.run(async (tx) => {
      const row = await this.accounts.user(tx, user.id);
      if (row?.totpEnabledAt) throw conflict('TWO_FACTOR_ALREADY_ON', 'Two-factor sign-in is already on.');
      if (!row?.totpPendingSecret) {
        throw conflict('TWO_FACTOR_NOT_SET_UP', 'Start the set-up first: scan the QR code, then enter a code.');
      }
      const step = acceptedStep(row.totpPendingSecret, code);
      if (step === null) throw invalidCode();
      await this.accounts.enableTotp(tx, user.id, row.totpPendingSecret, step);
      const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
      await this.accounts.replaceRecoveryCodes(
        tx,
        user.id,
        codes.map((c) => tokenHash(normalizeRecoveryCode(c))),
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'account.2fa.on',
        targetType: 'User',
        targetId: user.id,
      });
      return { codes };
    });
  }

  /** Turns the factor off with a current code, unless REQUIRE_2FA requires it for this role. */
  disable(user: SessionUser, code: string): Promise<void> {
    if (twoFactorRequiredFor(user)) {
      throw conflict(
        'TWO_FACTOR_REQUIRED',
        'Two-factor sign-in is required for the Secretariat: it cannot be turned off.',
      );
    }
    return this.transactions.run(async (tx) => {
      if (!(await this.verifyForLogin(tx, user.id, code))) throw invalidCode();
      await this.accounts.disableTotp(tx, user.id);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'account.2fa.off',
        targetType: 'User',
        targetId: user.id,
      });
    });
  }

  /**
   * Checks a code at sign-in: a TOTP code of a time step later than the last accepted one (a code is
   * never accepted twice), or an unused recovery code, which is then used up.
   */
  async verifyForLogin(tx: Tx, userId: string, code: string): Promise<'totp' | 'recovery' | null> {
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
    const row = await this.accounts.user(tx, userId);
    if (!row?.totpSecret) return null;
    const step = acceptedStep(row.totpSecret, code.trim());
    if (step !== null) {
      if (row.totpLastStep !== null && step <= row.totpLastStep) return null;
      await this.accounts.setLastStep(tx, userId, step);
      return 'totp';
    }
    const recovery = normalizeRecoveryCode(code);
    if (recovery.length === 10 && (await this.accounts.useRecoveryCode(tx, userId, tokenHash(recovery))))
      return 'recovery';
    return null;
  }

  /** An administrator clears a user's second factor (lost phone); the user sets it up again. */
  async reset(tx: Tx, userId: string): Promise<void> {
    await this.accounts.disableTotp(tx, userId);
  }
}
