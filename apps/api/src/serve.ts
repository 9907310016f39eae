import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { appConfig } from './config/config';
import { PrismaService } from './database/prisma.service';
import { MailWorker } from './modules/mail/mail-worker';
import { PublicationJobs } from './modules/publishing/publication-jobs';

/** What the starting process keeps of a portal: what it needs to stop it. */
export type PortalApp = Pick<NestExpressApplication, 'close'>;

/** The portal's Nest application on `databaseUrl`, configured as it serves, not yet listening. */
export async function createPortal(databaseUrl: string): Promise<NestExpressApplication> {
  // Nest's own error lines would repeat what the start's failure says in one sentence; requests log through pino.
  return configureApp(
    await NestFactory.create<NestExpressApplication>(AppModule.forDatabase(databaseUrl), { logger: ['warn'] }),
  );
}

/**
 * The portal made ready to serve while the database is still being prepared (migrations, reference data):
 * its first query, which instantiates Prisma's query compiler (WebAssembly, a few hundred milliseconds),
 * is made now rather than by the first request. It reads no table, so it may run before the migrations.
 */
export async function preparePortal(databaseUrl: string): Promise<NestExpressApplication> {
  const app = await createPortal(databaseUrl);
  await app.get(PrismaService).$queryRaw`SELECT 1`.catch(() => undefined);
  return app;
}

/** Listens on PORT (shared by the cluster's processes), then starts the mail and publication workers. */
export async function startServing(app: NestExpressApplication): Promise<void> {
  await app.listen(appConfig().port);
  await app.get(MailWorker).start();
  await app.get(PublicationJobs).start();
}
