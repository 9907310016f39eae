import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { processLogger } from './common/logger';
import { configureApp } from './configure-app';
import { appConfig, type AppConfig } from './config/config';
import { resolveDatabase } from './database/database-url';
import { isDatabaseUnavailable } from './database/database-outage';
import type { EmbeddedDatabase } from './database/embedded-postgres';
import { migrateDatabase } from './database/migrations';
import { createPrismaClient } from './database/prisma.service';
import { DemoRefused, fillDemo, type DemoOutcome } from './demo/demo';
import { demoSummary } from './demo/summary';
import { ensureFirstAdmin, type FirstAdminOutcome } from './modules/auth/first-admin';
import { loadReferenceData } from './modules/entities/load-reference-data';
import { MailWorker } from './modules/mail/mail-worker';
import { describeStartupFailure } from './startup-failure';

const say = (line = '') => process.stdout.write(`${line}\n`);

/** Resolves with `work`, or with undefined once `ms` have passed (a stop must never hang). */
const within = <T>(ms: number, work: Promise<T> | undefined) =>
  Promise.race([
    work,
    new Promise<undefined>((resolve) => {
      setTimeout(() => resolve(undefined), ms).unref();
    }),
  ]);

let app: NestExpressApplication | undefined;
let embedded: EmbeddedDatabase | null = null;
let config: AppConfig | undefined;

/** Ctrl-C or SIGTERM: close the app, then the embedded server, each within a bound; a second signal exits at once. */
let stopping = false;
async function stop(signal: string) {
  if (stopping) process.exit(130);
  stopping = true;
  say(`\n${signal}: stopping the portal...`);
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

/** Every failure before the portal listens: one sentence, the embedded server stopped, exit code 1. */
async function fail(error: unknown): Promise<never> {
  const sentence = describeStartupFailure(error, {
    port: config?.port ?? 3000,
    usesDatabaseUrl: !!config?.databaseUrl,
  });
  console.error(`Replies could not start: ${sentence}`);
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

async function main() {
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Before the portal listens, anything thrown outside the start's own flow ends in the same sentence.
  // After, a stray rejected promise (a library's, during a database outage) is logged and the portal
  // serves on; an exception nothing caught may have left it inconsistent, so it stops in order.
  process.on('unhandledRejection', (error) => {
    if (!app) return void fail(error);
    processLogger().error(
      { err: error, event: 'unhandled.rejection' },
      'A promise was rejected and nothing handled it.',
    );
  });
  process.on('uncaughtException', (error) => {
    if (!app) return void fail(error);
    // A connection of a database client dropped by a server that went away surfaces here when no query
    // was waiting on it: that is an outage (requests get 503, the pools reconnect), not a bug.
    if (isDatabaseUnavailable(error)) {
      processLogger().warn(
        { event: 'database.connection.lost', reason: (error as Error).message },
        'A database connection was lost.',
      );
      return;
    }
    void stopAfterCrash(error);
  });

  config = appConfig();
  say(
    config.databaseUrl
      ? 'Using the PostgreSQL server of DATABASE_URL.'
      : `Starting the embedded PostgreSQL (data in ${config.dataDir}/postgres)...`,
  );
  const database = await resolveDatabase((line) => {
    if (/still running|left behind/.test(line)) say(line);
  });
  embedded = database.embedded;
  const url = database.url;

  const applied = await migrateDatabase(url);
  say(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  const prisma = createPrismaClient(url);
  const reference = await loadReferenceData(prisma);
  say(
    `Reference data: ${reference.total} States and organizations (${reference.inserted} added now), ${reference.offices} offices; names filled in from it: ${reference.updated}.`,
  );
  const admin = await ensureFirstAdmin(prisma, { ...config.admin, embedded: !!embedded });
  await prisma.$disconnect();

  // Nest's own error lines would repeat what `fail` says in one sentence; requests log through pino.
  app = configureApp(
    await NestFactory.create<NestExpressApplication>(AppModule.forDatabase(url), { logger: ['warn'] }),
  );
  const demo = withDemo ? await addDemo(app) : undefined;
  await app.listen(config.port);
  await app.get(MailWorker).start();
  say(mailLine(config));
  const address = `http://localhost:${config.port}`;
  printWelcome(address, admin);
  if (demo) demoSummary(demo, address).forEach((line) => say(line));
}

/** Fills an empty database with the demonstration; a database that holds cycles already stops the start. */
async function addDemo(portal: NestExpressApplication): Promise<DemoOutcome> {
  await portal.init();
  say('Adding the demonstration...');
  try {
    return await fillDemo(portal);
  } catch (error) {
    if (!(error instanceof DemoRefused)) throw error;
    console.error(error.message);
    await within(
      5_000,
      portal.close().catch(() => undefined),
    );
    await within(
      10_000,
      embedded?.stop().catch(() => undefined),
    );
    process.exit(1);
  }
}

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

function printWelcome(url: string, admin: FirstAdminOutcome) {
  say();
  say(`Replies is running at ${url}  (API: ${url}/api, OpenAPI: ${url}/api/docs)`);
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

main().catch(fail);
