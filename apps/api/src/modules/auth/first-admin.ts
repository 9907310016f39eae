import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client';
import { hashPassword } from './passwords';

export const LOCAL_ADMIN_EMAIL = 'admin@replies.localhost';

export type FirstAdminOutcome =
  | { kind: 'created-from-env'; email: string }
  | { kind: 'created-local'; email: string; password: string }
  | { kind: 'exists' }
  | { kind: 'missing' };

export interface FirstAdminOptions {
  email?: string;
  password?: string;
  embedded: boolean;
}

/** ADMIN_EMAIL as stored: the account it names is looked up and created with this spelling. */
export const adminEmail = (options: FirstAdminOptions) => options.email?.trim().toLowerCase();

/**
 * The first administrator's outcome when nobody needs creating, from what the database holds (an
 * administrator; the ADMIN_EMAIL account); null when one must be created. ensureFirstAdmin and the
 * start's one-query survey (prepare-database.ts) both decide with it.
 */
export function settledFirstAdmin(
  found: { anyAdmin: boolean; emailAccount: boolean },
  options: FirstAdminOptions,
): FirstAdminOutcome | null {
  if (options.email && options.password) return found.emailAccount ? { kind: 'exists' } : null;
  if (found.anyAdmin) return { kind: 'exists' };
  return options.embedded ? null : { kind: 'missing' };
}

/**
 * The first administrator: from ADMIN_EMAIL/ADMIN_PASSWORD when set (created if that account does not
 * exist); on the embedded database with neither set and no administrator yet, a local one with a
 * generated password, which is returned so it can be printed once.
 */
export async function ensureFirstAdmin(prisma: PrismaClient, options: FirstAdminOptions): Promise<FirstAdminOutcome> {
  const email = adminEmail(options);
  const settled = settledFirstAdmin(
    {
      anyAdmin: (await prisma.user.count({ where: { role: 'ADMIN' } })) > 0,
      emailAccount: !!email && (await prisma.user.count({ where: { email } })) > 0,
    },
    options,
  );
  if (settled) return settled;
  if (email !== undefined && options.email && options.password) {
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: 'Administrator', role: 'ADMIN', passwordHash: await hashPassword(options.password!) },
      });
      await tx.auditEvent.create({
        data: {
          action: 'user.create',
          targetType: 'User',
          targetId: user.id,
          after: { email, role: 'ADMIN', from: 'ADMIN_EMAIL' },
        },
      });
    });
    return { kind: 'created-from-env', email };
  }
  const password = randomBytes(12).toString('base64url');
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: LOCAL_ADMIN_EMAIL,
        name: 'Local administrator',
        role: 'ADMIN',
        passwordHash: await hashPassword(password),
      },
    });
    await tx.auditEvent.create({
      data: {
        action: 'user.create',
        targetType: 'User',
        targetId: user.id,
        after: { email: LOCAL_ADMIN_EMAIL, role: 'ADMIN', from: 'embedded default' },
      },
    });
  });
  return { kind: 'created-local', email: LOCAL_ADMIN_EMAIL, password };
}
