import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { CSRF_HEADER, type TSession } from '@replies/shared';
import { AppModule } from '../../apps/api/src/app.module';
import { createLogger } from '../../apps/api/src/common/logger';
import { configureApp } from '../../apps/api/src/configure-app';
import { PrismaService } from '../../apps/api/src/database/prisma.service';
import { ResponseContractCheck } from './response-contract-check';
import { cloneTemplateDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: App;
  prisma: PrismaService;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real AppModule, configured as in production, on this test file's own database. Its structured
 * log is discarded, or collected line by line (parsed JSON) into `options.log`.
 */
export async function startTestApp(options: { log?: Record<string, unknown>[] } = {}): Promise<TestApp> {
  return startAppOn(await cloneTemplateDatabase(), options);
}

/** Another portal process on the same database (several processes share one PostgreSQL in production). */
export async function startAppOn(
  databaseUrl: string,
  options: { log?: Record<string, unknown>[] } = {},
): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forDatabase(databaseUrl)] }).compile();
  const logger = createLogger({
    write: (line: string) => {
      options.log?.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] }), { logger });
  app.useGlobalInterceptors(new ResponseContractCheck());
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    prisma: app.get(PrismaService),
    databaseUrl,
    close: () => app.close(),
  };
}

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
export async function signIn(http: App, email: string, password: string) {
  const agent = request.agent(http);
  const response = await agent.post('/api/auth/login').send({ email, password }).expect(200);
  const session = response.body as TSession;
  const withToken = (test: request.Test) => test.set(CSRF_HEADER, session.csrfToken);
  return {
    agent,
    session,
    get: (url: string) => agent.get(url),
    post: (url: string, body?: object) => withToken(agent.post(url)).send(body),
    patch: (url: string, body?: object) => withToken(agent.patch(url)).send(body),
    put: (url: string, body?: object) => withToken(agent.put(url)).send(body),
    delete: (url: string) => withToken(agent.delete(url)),
  };
}
export type SignedIn = Awaited<ReturnType<typeof signIn>>;

/** supertest parser that keeps a binary body (DOCX, uploads) as one Buffer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- supertest types its parsers' response as any
export function binaryBody(res: any, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
