import { join, resolve } from 'node:path';
import { createDatabase } from './create-database';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'replies';

export function dataDir(): string {
  return resolve(process.env.REPLIES_DATA_DIR ?? join(__dirname, '../../../../.data'));
}

/**
 * The database the portal uses: DATABASE_URL when set, otherwise the embedded PostgreSQL kept
 * under .data/ (started here, stopped by the returned `stop`).
 */
export async function resolveDatabase(log: (line: string) => void = () => undefined): Promise<{
  url: string;
  embedded: EmbeddedDatabase | null;
}> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : 54329;
  const embedded = await startEmbeddedPostgres({ dir: join(dataDir(), 'postgres'), port, log });
  await createDatabase(embedded.serverUrl, EMBEDDED_DATABASE_NAME);
  return { url: embedded.urlFor(EMBEDDED_DATABASE_NAME), embedded };
}

export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const { url, embedded } = await resolveDatabase();
  try {
    return await work(url);
  } finally {
    await embedded?.stop();
  }
}
