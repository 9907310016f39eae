import { migrateDatabase } from './database/migrations';
import { withConnection } from './database/with-connection';
import {
  adminEmail,
  ensureFirstAdmin,
  settledFirstAdmin,
  type FirstAdminOptions,
  type FirstAdminOutcome,
} from './modules/auth/first-admin';
import {
  loadReferenceData,
  readReferenceData,
  unchangedLoad,
  type ReferenceData,
  type ReferenceLoad,
} from './modules/entities/load-reference-data';

/** What the database holds that decides the start's work, in one query on a bare connection. */
async function survey(url: string, email: string | undefined) {
  return withConnection(url, async (client) => {
    const { rows } = await client.query<{
      reference: string | null;
      any_admin: boolean;
      email_account: boolean;
      uncounted: boolean;
    }>(
      `SELECT (SELECT hash FROM "ReferenceDataLoad" WHERE id = 1) AS reference,
              EXISTS (SELECT 1 FROM "User" WHERE role = 'ADMIN') AS any_admin,
              EXISTS (SELECT 1 FROM "User" WHERE email = $1) AS email_account,
              EXISTS (SELECT 1 FROM "Reply" WHERE words IS NULL AND "originalLanguage" IS NOT NULL) AS uncounted`,
      [email ?? ''],
    );
    return rows[0];
  });
}

const describeLoad = (reference: ReferenceLoad) =>
  reference.unchanged
    ? `Reference data: ${reference.total} States and organizations, ${reference.offices} offices (as loaded before).`
    : `Reference data: ${reference.total} States and organizations (${reference.inserted} added now), ${reference.offices} offices; names filled in from it: ${reference.updated}.`;

/**
 * What the starting process does to the database before any process serves: the pending migrations,
 * the reference data, the first administrator, the counts of replies stored before counts were. When
 * one query shows there is nothing to do, Prisma's client (and its WebAssembly query compiler, about
 * 0.4 s of CPU while the first serving process loads) is not started. Loaded by the starting process
 * only, as PostgreSQL boots.
 */
export async function prepareDatabase(
  url: string,
  admin: FirstAdminOptions,
  say: (line: string) => void,
): Promise<FirstAdminOutcome> {
  const applied = await migrateDatabase(url);
  say(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  const reference = readReferenceData();
  const found = await survey(url, adminEmail(admin));
  const settled = settledFirstAdmin({ anyAdmin: found.any_admin, emailAccount: found.email_account }, admin);
  if (settled && found.reference === reference.hash && !found.uncounted) {
    say(describeLoad(unchangedLoad(reference)));
    return settled;
  }
  return prepareWithPrisma(url, admin, reference, say);
}

async function prepareWithPrisma(
  url: string,
  admin: FirstAdminOptions,
  data: ReferenceData,
  say: (line: string) => void,
): Promise<FirstAdminOutcome> {
  /* eslint-disable @typescript-eslint/no-require-imports -- Prisma's client, only when there is work for it */
  const { createPrismaClient } = require('./database/prisma.service') as typeof import('./database/prisma.service');
  const { countUncountedReplies } =
    require('./modules/replies/reply-counts') as typeof import('./modules/replies/reply-counts');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const prisma = createPrismaClient(url, 2);
  try {
    const [reference, outcome] = await Promise.all([
      loadReferenceData(prisma, data),
      ensureFirstAdmin(prisma, admin),
      countUncountedReplies(prisma),
    ]);
    say(describeLoad(reference));
    return outcome;
  } finally {
    await prisma.$disconnect();
  }
}
