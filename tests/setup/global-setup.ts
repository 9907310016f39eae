import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../../apps/api/src/database/create-database';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { migrateDatabase } from '../../apps/api/src/database/migrations';
import { createPrismaClient } from '../../apps/api/src/database/prisma.service';
import { loadReferenceData } from '../../apps/api/src/modules/entities/load-reference-data';
import { TEST_SERVER_URL, TEST_TEMPLATE_DB, urlWithDatabase } from './test-database';

/**
 * Starts one PostgreSQL for the run (embedded, unless DATABASE_URL names a server), then migrates
 * and seeds a template database once. Each test file clones it, so files never see each other's rows.
 */
export default async function globalSetup() {
  // Both the api and the browser projects name this set-up: the first one to run starts the server for both.
  if (process.env[TEST_SERVER_URL]) return;
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = urlWithDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const embedded = await startEmbeddedPostgres({
      dir: mkdtempSync(join(tmpdir(), 'replies-test-pg-')),
      ephemeral: true,
    });
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = embedded;
    serverUrl = embedded.serverUrl;
  }
  const template = `replies_template_${process.pid}`;
  await createDatabase(serverUrl, template);
  const templateUrl = urlWithDatabase(serverUrl, template);
  await migrateDatabase(templateUrl);
  const prisma = createPrismaClient(templateUrl);
  await loadReferenceData(prisma);
  await prisma.$disconnect();

  process.env[TEST_SERVER_URL] = serverUrl;
  process.env[TEST_TEMPLATE_DB] = template;
}
