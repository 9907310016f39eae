import { randomBytes } from 'node:crypto';
import type { TRole } from '@replies/shared';
import type { PrismaService } from '../../apps/api/src/database/prisma.service';
import { hashPassword } from '../../apps/api/src/modules/auth/passwords';

let counter = 0;

/** A user with unique e-mail, stored directly; returns the clear password to sign in with. */
export async function createUser(
  prisma: PrismaService,
  overrides: { role?: TRole; entityCode?: string | null; email?: string; name?: string; disabled?: boolean } = {},
) {
  counter += 1;
  const role = overrides.role ?? 'EDITOR';
  const email = overrides.email ?? `${role.toLowerCase()}-${counter}-${randomBytes(3).toString('hex')}@example.org`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const user = await prisma.user.create({
    data: {
      email,
      name: overrides.name ?? `${role} ${counter}`,
      role,
      entityCode: overrides.entityCode ?? (role === 'FOCAL_POINT' ? 'FIN' : null),
      disabled: overrides.disabled ?? false,
      passwordHash: await hashPassword(password),
    },
  });
  return { ...user, password };
}
