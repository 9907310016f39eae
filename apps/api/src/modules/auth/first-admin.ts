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

/**
 * What ensureFirstAdmin would answer without creating anyone, from what the database holds (an
 * administrator; the ADMIN_EMAIL account); null when it would create one. Keep the two in step.
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
  if (options.email && options.password) {
    const email = options.email.trim().toLowerCase();
    if (await prisma.user.count({ where: { email } })) return { kind: 'exists' };
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
  if (await prisma.user.count({ where: { role: 'ADMIN' } })) return { kind: 'exists' };
  if (!options.embedded) return { kind: 'missing' };
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
