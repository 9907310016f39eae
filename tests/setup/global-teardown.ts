import { Client } from 'pg';
import type { EmbeddedDatabase } from '../../apps/api/src/database/embedded-postgres';
import { TEST_SERVER_URL, TEST_TEMPLATE_DB } from './test-database';

export default async function globalTeardown() {
  const embedded = (globalThis as Record<string, unknown>).__EMBEDDED_PG__ as EmbeddedDatabase | undefined;
  if (embedded) return embedded.stop();
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
}
