import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { processLogger } from './common/logger';
import { appConfig, type AppConfig } from './config/config';
import type { OutageLog, OutageMessage } from './database/database-outage';
import { resolveDatabase } from './database/database-url';
import type { EmbeddedDatabase } from './database/embedded-postgres';
import type { DemoOutcome } from './demo/demo';
import type { FirstAdminOutcome } from './modules/auth/first-admin';
import type { PortalApp } from './serve';
import { describeStartupFailure } from './startup-failure';

/**
 * `npm start`. The starting process (the primary) starts the embedded PostgreSQL once, applies the
 * migrations and loads the reference data; then PORTAL_WORKERS processes (node:cluster, one per core
 * by default) serve the portal on one port, each with its own pool of connections and worker threads.
 * Nothing a request needs lives in one process's memory: sessions, throttling, locks, jobs and stored
 * reports are in PostgreSQL, so a process may die and be replaced (the primary does it) without loss.
 * With PORTAL_WORKERS=1 the primary serves by itself.
 *
 * The application's code (Nest and every module, ./serve) is loaded only by the processes that serve,
 * as soon as they are forked, while the primary starts the database: on two cores, a primary that loaded
 * it too would delay both. Once PostgreSQL answers, the processes make their application and its first
 * query ('prepare') while the primary applies the migrations and loads the reference data; then they listen ('serve').
 */
type ToWorker = { type: 'prepare' | 'serve'; databaseUrl: string } | { type: 'stop' };
type FromWorker =
  | { type: 'listening' }
  | { type: 'failed'; error: { name?: string; message: string; code?: string; syscall?: string } }
  | OutageMessage;

/** The old-space heap of each process of the cluster, unless node's command line sets one (`node --max-old-space-size=…`). */
const WORKER_HEAP_MB = 192;

const say = (line = '') => process.stdout.write(`${line}\n`);

/** Resolves with `work`, or with undefined once `ms` have passed (a stop must never hang). */
const within = <T>(ms: number, work: Promise<T> | undefined) =>
  Promise.race([
    work,
    new Promise<undefined>((resolve) => {
      setTimeout(() => resolve(undefined), ms).unref();
    }),
  ]);

let app: PortalApp | undefined;
let embedded: EmbeddedDatabase | null = null;
let config: AppConfig | undefined;
let stopping = false;
/** The primary's log of database outages reported by its processes (one line per outage). */
let outages: OutageLog | undefined;

/**
 * Modules some paths of the start need, loaded when first used rather than by every process at its
 * start: the primary then forks its first process sooner.
 */
const outageModule = () =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
  require('./database/database-outage') as typeof import('./database/database-outage');
const isDatabaseUnavailable = (error: unknown) => outageModule().isDatabaseUnavailable(error);
const outageLog = () => (outages ??= new (outageModule().OutageLog)());

type PortalCode = typeof import('./serve');
let portalCode: PortalCode | undefined;

/** The application's code, loaded once, when first asked for. */
function loadPortal(): PortalCode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only by the processes that serve
  return (portalCode ??= require('./serve') as PortalCode);
}

let preparing: Promise<NestExpressApplication> | undefined;

/** The portal's application on `databaseUrl`, made (once) while the primary prepares the database. */
function prepare(databaseUrl: string): Promise<NestExpressApplication> {
  return (preparing ??= loadPortal()
    .preparePortal(databaseUrl)
    .then((prepared) => (app = prepared)));
}

/** The portal on `databaseUrl`, listening on PORT (shared by the cluster's processes), with its mail and publication workers. */
async function serve(databaseUrl: string): Promise<void> {
  await loadPortal().startServing(await prepare(databaseUrl));
}

// ---------------------------------------------------------------------------------------------------
// The primary: the database, the processes, the stop.

const workers = new Set<Worker>();
let databaseUrl: string | undefined;
let serving = false;
const restarts: number[] = [];

/** Ctrl-C or SIGTERM: the processes, then the embedded server, each within a bound; a second signal exits at once. */
async function stop(signal: string) {
  if (stopping) process.exit(130);
  stopping = true;
  say(`\n${signal}: stopping the portal...`);
  await within(6_000, stopWorkers());
  await within(
    5_000,
    app?.close().catch(() => undefined),
  );
  await within(
    10_000,
    embedded?.stop().catch(() => undefined),
  );
  say('Stopped cleanly.');
  process.exit(0);
}

/** Asks every process to finish its requests and stop; one that has not within 5.5 s is killed. */
async function stopWorkers() {
  const running = [...workers];
  const exited = running.map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
  for (const worker of running) send(worker, { type: 'stop' });
  const timer = setTimeout(() => running.forEach((worker) => worker.process.kill('SIGKILL')), 5_500);
  await Promise.all(exited);
  clearTimeout(timer);
}

const send = (worker: Worker, message: ToWorker) => {
  if (worker.isConnected()) worker.send(message);
};

/** Every failure before the portal listens: one sentence, the processes and the embedded server stopped, exit code 1. */
async function fail(error: unknown): Promise<never> {
  stopping = true;
  const sentence = describeStartupFailure(error, {
    port: config?.port ?? 3000,
    usesDatabaseUrl: !!config?.databaseUrl,
  });
  console.error(`Replies could not start: ${sentence}`);
  for (const worker of workers) worker.process.kill('SIGKILL');
  await within(
    5_000,
    app?.close().catch(() => undefined),
  );
  await within(
    10_000,
    embedded?.stop().catch(() => undefined),
  );
  process.exit(1);
}
/** `npm run demo` (`npm start -- --demo`): fill an empty database with a demonstration before serving. */
const withDemo = process.argv.includes('--demo');

/** A process of the cluster; it loads the application's code at once, and serves when told the database. */
function fork(): Promise<void> {
  const worker = cluster.fork();
  workers.add(worker);
  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'listening') resolve();
      if (message.type === 'failed') reject(Object.assign(new Error(message.error.message), message.error));
    });
    worker.once('exit', (code, signal) => {
      workers.delete(worker);
      reject(new Error(`a portal process stopped during the start (${signal ?? `exit code ${code}`})`));
      if (!stopping && serving) replace(worker, code, signal);
    });
    if (databaseUrl) send(worker, { type: 'serve', databaseUrl });
  });
}

/** A process died after the start (a crash, an out-of-memory kill): another takes its place. */
function replace(worker: Worker, code: number | null, signal: string | null) {
  const now = Date.now();
  restarts.push(now);
  while (restarts.length && restarts[0] < now - 60_000) restarts.shift();
  processLogger().error(
    { event: 'worker.exit', pid: worker.process.pid, code, signal },
    'A portal process stopped unexpectedly: starting another.',
  );
  if (restarts.length > 5) {
    console.error('Replies stopped: its processes keep failing (more than five in a minute); see the log above.');
    void stop('Repeated failures');
    return;
  }
  setTimeout(() => {
    fork().catch(() => undefined);
  }, 500).unref();
}

async function primary() {
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Before the portal listens, anything thrown outside the start's own flow ends in the same sentence.
  // After, a stray rejected promise (a library's, during a database outage) is logged and the portal
  // serves on; an exception nothing caught may have left it inconsistent, so it stops in order.
  process.on('unhandledRejection', (error) => {
    if (!serving) return void fail(error);
    processLogger().error(
      { err: error, event: 'unhandled.rejection' },
      'A promise was rejected and nothing handled it.',
    );
  });
  process.on('uncaughtException', (error) => {
    if (!serving) return void fail(error);
    if (isDatabaseUnavailable(error)) return logLostConnection(error);
    void stopAfterCrash(error);
  });

  config = appConfig();
  const clustered = config.portalWorkers > 1;
  // The first process loads the application's code while the database starts; the others are forked
  // once it serves: on two cores, processes loading their code together would delay each other and
  // the primary, and the portal answers sooner with one process than with all of them later.
  const started: Promise<void>[] = [];
  if (clustered) {
    // V8 lets an idle heap grow far past what it needs before a full collection (about 500 MB per process
    // after a storm of edits); bounded, it collects sooner. Heavy work runs in worker threads, with heaps of their own.
    const heapSet = process.execArgv.some((arg) => arg.startsWith('--max-old-space-size'));
    cluster.setupPrimary({
      exec: __filename,
      execArgv: heapSet ? process.execArgv : [...process.execArgv, `--max-old-space-size=${WORKER_HEAP_MB}`],
    });
    cluster.on('message', (_worker, message: FromWorker) => {
      if (message?.type === 'database-outage') outageLog().record(message);
    });
    started.push(fork());
    // A failure is handled once it has answered: a process may be refused before the database is ready.
    started[0].catch(() => undefined);
  }

  say(
    config.databaseUrl
      ? 'Using the PostgreSQL server of DATABASE_URL.'
      : `Starting the embedded PostgreSQL (data in ${config.dataDir}/postgres)...`,
  );
  const starting = resolveDatabase((line) => {
    if (/still running|left behind/.test(line)) say(line);
  });
  // While PostgreSQL boots: the primary's own code for the database, and, serving by itself, the application's.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the primary's work, not the processes'
  const { prepareDatabase } = require('./prepare-database') as typeof import('./prepare-database');
  if (!clustered) loadPortal();
  const database = await starting;
  embedded = database.embedded;
  const url = database.url;
  if (clustered) for (const worker of workers) send(worker, { type: 'prepare', databaseUrl: url });
  else prepare(url).catch(() => undefined); // a failure is told by `serve`, below

  const admin = await prepareDatabase(url, { ...config.admin, embedded: !!embedded }, say);

  // `npm run demo`: the demonstration is added before any process serves.
  const demo = withDemo ? await addDemo(url) : undefined;
  if (clustered) {
    databaseUrl = url;
    for (const worker of workers) send(worker, { type: 'serve', databaseUrl: url });
    await started[0];
    for (let i = 1; i < config.portalWorkers; i++) started.push(fork());
    // Stopped (Ctrl-C) before the others serve: `stop` ends the start, which has not failed.
    await Promise.all(started).catch((error: unknown) => {
      if (!stopping) throw error;
      return new Promise<never>(() => undefined);
    });
  } else {
    await serve(url);
  }
  serving = true;
  // Loaded now, once the start is done, so that an outage is logged without waiting for its code.
  if (clustered) outageLog();
  say(mailLine(config));
  const address = `http://localhost:${config.port}`;
  printWelcome(address, admin, clustered ? config.portalWorkers : 1);
  if (demo) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- only after `npm run demo`
    const { demoSummary } = require('./demo/summary') as typeof import('./demo/summary');
    demoSummary(demo, address).forEach((line) => say(line));
  }
}

/**
 * A connection of a database client dropped by a server that went away surfaces as an uncaught
 * exception when no query was waiting on it: that is an outage (requests get 503, the pools
 * reconnect), not a bug.
 */
function logLostConnection(error: unknown) {
  processLogger().warn(
    { event: 'database.connection.lost', reason: (error as Error).message },
    'A database connection was lost.',
  );
}

/** Fills an empty database with the demonstration; a database that holds cycles already stops the start. */
async function addDemo(url: string): Promise<DemoOutcome> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the demonstration's code, only for `npm run demo`
  const { DemoRefused, fillDemo } = require('./demo/demo') as typeof import('./demo/demo');
  const portal = await loadPortal().createPortal(url);
  await portal.init();
  say('Adding the demonstration...');
  try {
    return await fillDemo(portal);
  } catch (error) {
    if (!(error instanceof DemoRefused)) throw error;
    console.error(error.message);
    for (const worker of workers) worker.process.kill('SIGKILL');
    await within(
      5_000,
      portal.close().catch(() => undefined),
    );
    await within(
      10_000,
      embedded?.stop().catch(() => undefined),
    );
    process.exit(1);
  } finally {
    await within(
      5_000,
      portal.close().catch(() => undefined),
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// A process of the cluster.

function worker() {
  // The code loads while the primary readies the database; a failure to load is told when serving.
  try {
    loadPortal();
  } catch {
    // told by `serve`, which loads it again
  }
  const tell = (message: FromWorker) => {
    if (process.connected) process.send!(message);
  };
  let listening = false;
  let serveAsked = false;
  const stopWorker = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await within(
      5_000,
      app?.close().catch(() => undefined),
    );
    process.exit(code);
  };
  // A Ctrl-C reaches every process of the terminal: the primary stops the others in order.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => void stopWorker(0));
  process.on('unhandledRejection', (error) => {
    processLogger().error(
      { err: error, event: 'unhandled.rejection' },
      'A promise was rejected and nothing handled it.',
    );
  });
  process.on('uncaughtException', (error) => {
    if (!listening) return reportFailure(error);
    if (isDatabaseUnavailable(error)) return logLostConnection(error);
    console.error('A portal process stopped after an unexpected error:', error);
    void stopWorker(1);
  });
  const reportFailure = (error: unknown) => {
    const e = (error ?? {}) as { name?: string; message?: string; code?: unknown; syscall?: unknown };
    tell({
      type: 'failed',
      error: {
        name: e.name,
        message: e.message ?? String(error),
        code: typeof e.code === 'string' ? e.code : undefined,
        syscall: typeof e.syscall === 'string' ? e.syscall : undefined,
      },
    });
    process.exit(1);
  };
  process.on('message', (message: ToWorker) => {
    if (message.type === 'stop') void stopWorker(0);
    // A failure to prepare is told when asked to serve.
    if (message.type === 'prepare') prepare(message.databaseUrl).catch(() => undefined);
    if (message.type === 'serve' && !serveAsked) {
      serveAsked = true;
      serve(message.databaseUrl).then(() => {
        listening = true;
        tell({ type: 'listening' });
      }, reportFailure);
    }
  });
}

// ---------------------------------------------------------------------------------------------------

/** Where mail goes, without the relay's credentials. */
function mailLine(config: AppConfig): string {
  if (!config.mail.smtpUrl)
    return 'Mail: no mail server configured (SMTP_URL): mail is kept in the outbox, nothing is sent.';
  const relay = new URL(config.mail.smtpUrl);
  return `Mail: sent through ${relay.protocol}//${relay.host} from ${config.mail.from}.`;
}

/** After the start, an error nothing caught: log it with its stack, then stop in order (a supervisor restarts us). */
async function stopAfterCrash(error: unknown) {
  console.error('Replies stopped after an unexpected error:', error);
  await stop('Unexpected error');
}

function printWelcome(url: string, admin: FirstAdminOutcome, processes: number) {
  say();
  say(
    `Replies is running at ${url}  (API: ${url}/api, OpenAPI: ${url}/api/docs; ${processes} process${processes > 1 ? 'es' : ''})`,
  );
  if (admin.kind === 'created-local') {
    say(`Sign in as ${admin.email} with the password ${admin.password}`);
    say(
      'This password is shown only now: keep it, or set ADMIN_EMAIL and ADMIN_PASSWORD to add your own administrator.',
    );
  } else if (admin.kind === 'created-from-env') {
    say(`Sign in as ${admin.email} with ADMIN_PASSWORD.`);
  } else if (admin.kind === 'missing') {
    say('No administrator exists yet: restart with ADMIN_EMAIL and ADMIN_PASSWORD set to create one.');
  } else {
    say('Sign in with your account. Press Ctrl-C to stop.');
  }
}

if (cluster.isPrimary) primary().catch(fail);
else worker();
