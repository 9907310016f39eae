import { join } from 'node:path';
import { appConfig } from '../config/config';
import { createDatabase } from './create-database';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'replies';

export const dataDir = (): string => appConfig().dataDir;

/**
 * The database the portal uses: DATABASE_URL when set, otherwise the embedded PostgreSQL kept
 * under .data/ (started here, stopped by the returned `stop`).
 */
export async function resolveDatabase(log: (line: string) => void = () => undefined): Promise<{
  url: string;
  embedded: EmbeddedDatabase | null;
}> {
  const config = appConfig();
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dir: join(config.dataDir, 'postgres'),
    port: config.embeddedPostgresPort,
    watchdog: true,
    log,
  });
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
