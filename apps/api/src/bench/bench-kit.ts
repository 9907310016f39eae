import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase } from '../database/create-database';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';
import { migrateDatabase } from '../database/migrations';
import type { LoadJob, LoadResult } from './load-client';

/** The repository's root (the bench runs from apps/api/dist/bench). */
export const ROOT = resolve(__dirname, '../../../..');

/** A throw-away embedded PostgreSQL with one migrated database `bench`. */
export async function benchDatabase(
  prefix: string,
  keep?: { dir: string; port: number },
): Promise<{ pg: EmbeddedDatabase; url: string }> {
  const pg = await startEmbeddedPostgres({
    dir: keep?.dir ?? mkdtempSync(join(tmpdir(), `replies-bench-${prefix}-`)),
    ephemeral: !keep,
    port: keep?.port,
  });
  await createDatabase(pg.serverUrl, 'bench');
  const url = pg.urlFor('bench');
  await migrateDatabase(url);
  return { pg, url };
}

/** A process of its own (the portal, the floor server, a load generator), its output kept in a file. */
export class BenchProcess {
  readonly logFile: string;
  private child: ChildProcess;

  constructor(args: string[], env: Record<string, string> = {}, name = 'process') {
    this.logFile = join(mkdtempSync(join(tmpdir(), `replies-bench-${name}-`)), 'output.log');
    const fd = openSync(this.logFile, 'w');
    this.child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get output(): string {
    return readFileSync(this.logFile, 'utf8');
  }

  async waitFor(pattern: RegExp, ms = 120_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null) throw new Error(`Exited before ${pattern}:\n${this.output.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`No ${pattern} within ${ms} ms:\n${this.output.slice(-3000)}`);
      await sleep(50);
    }
  }

  async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill(signal);
    await Promise.race([exited, sleep(15_000)]);
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The built portal (`node apps/api/dist/main.js`, as `npm start` runs it) on the bench's database.
 * `BENCH_PORTAL_MAIN=<path to another build's main.js>` measures another build (an earlier commit) instead.
 */
export async function startPortal(databaseUrl: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const portal = new BenchProcess(
    [process.env.BENCH_PORTAL_MAIN ?? 'apps/api/dist/main.js'],
    { DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'info', ...env },
    'portal',
  );
  await portal.waitFor(/is running at/);
  return { process: portal, base: `http://127.0.0.1:${port}` };
}

export async function startFloor(databaseUrl: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const floor = new BenchProcess(['apps/api/dist/bench/floor-server.js', databaseUrl, String(port)], env, 'floor');
  await floor.waitFor(/listening/);
  return { process: floor, base: `http://127.0.0.1:${port}` };
}

/** Runs one autocannon job in a process of its own and returns what it measured. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const client = new BenchProcess(['apps/api/dist/bench/load-client.js', JSON.stringify(job)], {}, 'load');
  await client.waitFor(/^\{.*\}$/m, (job.durationSeconds + 60) * 1000);
  return JSON.parse(client.output.split('\n').find((line) => line.startsWith('{'))!) as LoadResult;
}

/** Signs in through the API; returns the cookie and the CSRF token. */
export async function signInTo(base: string, email: string, password: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** Resident memory (MB) of a process and of each of its child processes that runs node (cluster workers). */
export function residentMemory(pid: number): { pid: number; rssMb: number }[] {
  const rss = (id: number) => {
    const status = readFileSync(`/proc/${id}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  };
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((id) => {
      try {
        const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === pid && readFileSync(`/proc/${id}/cmdline`, 'utf8').includes('main.js');
      } catch {
        return false;
      }
    });
  return [pid, ...children].map((id) => ({ pid: id, rssMb: rss(id) }));
}

export const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

export const ms = (value: number | null) => `${(value ?? NaN).toFixed(1).padStart(6)} ms`;
