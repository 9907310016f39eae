import { Client } from 'pg';
import type { EmbeddedDatabase } from '../../apps/api/src/database/embedded-postgres';
import { TEST_SERVER_URL, TEST_TEMPLATE_DB } from './test-database';

export default async function globalTeardown() {
  // Named by two projects, it runs twice: the first run cleans up, the second finds nothing to do.
  if (!process.env[TEST_SERVER_URL]) return;
  const embedded = (globalThis as Record<string, unknown>).__EMBEDDED_PG__ as EmbeddedDatabase | undefined;
  if (embedded) {
    await embedded.stop();
    delete process.env[TEST_SERVER_URL];
    return;
  }
  // On an outside server, drop what this run created.
  const client = new Client({ connectionString: process.env[TEST_SERVER_URL] });
  await client.connect();
  const template = process.env[TEST_TEMPLATE_DB]!;
  const { rows } = await client.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
    [template, `${template}_t%`],
  );
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await client.end();
  delete process.env[TEST_SERVER_URL];
}
