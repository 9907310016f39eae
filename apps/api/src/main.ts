import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { appConfig, ConfigError, type AppConfig } from './config/config';
import { resolveDatabase } from './database/database-url';
import { migrateDatabase } from './database/migrations';
import { createPrismaClient } from './database/prisma.service';
import { DemoRefused, fillDemo, type DemoOutcome } from './demo/demo';
import { demoSummary } from './demo/summary';
import { ensureFirstAdmin, type FirstAdminOutcome } from './modules/auth/first-admin';
import { loadReferenceData } from './modules/entities/load-reference-data';
import { MailWorker } from './modules/mail/mail-worker';

const say = (line = '') => process.stdout.write(`${line}\n`);

/** `npm run demo` (`npm start -- --demo`): fill an empty database with a demonstration before serving. */
const withDemo = process.argv.includes('--demo');

async function main() {
  let config: AppConfig;
  try {
    config = appConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  say(
    config.databaseUrl
      ? 'Using the PostgreSQL server of DATABASE_URL.'
      : `Starting the embedded PostgreSQL (data in ${config.dataDir}/postgres)...`,
  );
  const { url, embedded } = await resolveDatabase();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping the portal...`);
    await app?.close().catch(() => undefined);
    await embedded?.stop();
    say('Stopped cleanly.');
    process.exit(0);
  };
  let app: NestExpressApplication | undefined;
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const applied = await migrateDatabase(url);
    say(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
    const prisma = createPrismaClient(url);
    const reference = await loadReferenceData(prisma);
    say(
      `Reference data: ${reference.total} States and organizations (${reference.inserted} added now), ${reference.offices} offices; names filled in from it: ${reference.updated}.`,
    );
    const admin = await ensureFirstAdmin(prisma, { ...config.admin, embedded: !!embedded });
    await prisma.$disconnect();

    app = configureApp(
      await NestFactory.create<NestExpressApplication>(AppModule.forDatabase(url), { logger: ['error', 'warn'] }),
    );
    let demo: DemoOutcome | undefined;
    if (withDemo) {
      await app.init();
      say('Adding the demonstration...');
      demo = await fillDemo(app);
    }
    await app.listen(config.port);
    await app.get(MailWorker).start();
    say(mailLine(config));
    const address = `http://localhost:${config.port}`;
    printWelcome(address, admin);
    if (demo) demoSummary(demo, address).forEach((line) => say(line));
  } catch (error) {
    if (error instanceof DemoRefused) {
      console.error(error.message);
      await app?.close().catch(() => undefined);
      await embedded?.stop();
      process.exit(1);
    }
    console.error(error);
    await app?.close().catch(() => undefined);
    await embedded?.stop();
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

void main();
