import { randomBytes } from 'node:crypto';
import { createDatabase } from '../../apps/api/src/database/create-database';

export const TEST_SERVER_URL = 'REPLIES_TEST_SERVER_URL';
export const TEST_TEMPLATE_DB = 'REPLIES_TEST_TEMPLATE_DB';

export function urlWithDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A fresh database for one test file: a copy of the migrated, seeded template. */
export async function cloneTemplateDatabase(): Promise<string> {
  const serverUrl = process.env[TEST_SERVER_URL];
  const template = process.env[TEST_TEMPLATE_DB];
  if (!serverUrl || !template)
    throw new Error('Run the tests with `npm test`: the global setup provides the database.');
  const name = `${template}_t${randomBytes(5).toString('hex')}`;
  await createDatabase(serverUrl, name, template);
  return urlWithDatabase(serverUrl, name);
}
