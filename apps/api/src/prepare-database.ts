import { migrateDatabase } from './database/migrations';
import { createPrismaClient } from './database/prisma.service';
import { ensureFirstAdmin, type FirstAdminOutcome } from './modules/auth/first-admin';
import { loadReferenceData } from './modules/entities/load-reference-data';
import { countUncountedReplies } from './modules/replies/reply-counts';

/**
 * What the starting process does to the database before any process serves: the pending migrations,
 * the reference data, the first administrator, the counts of replies stored before counts were. Each is
 * a quick check when there is nothing to do. Loaded by the starting process only, as PostgreSQL boots.
 */
export async function prepareDatabase(
  url: string,
  admin: Parameters<typeof ensureFirstAdmin>[1],
  say: (line: string) => void,
): Promise<FirstAdminOutcome> {
  const applied = await migrateDatabase(url);
  say(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  const prisma = createPrismaClient(url, 2);
  try {
    const [reference, outcome] = await Promise.all([
      loadReferenceData(prisma),
      ensureFirstAdmin(prisma, admin),
      countUncountedReplies(prisma),
    ]);
    say(
      reference.unchanged
        ? `Reference data: ${reference.total} States and organizations, ${reference.offices} offices (as loaded before).`
        : `Reference data: ${reference.total} States and organizations (${reference.inserted} added now), ${reference.offices} offices; names filled in from it: ${reference.updated}.`,
    );
    return outcome;
  } finally {
    await prisma.$disconnect();
  }
}
