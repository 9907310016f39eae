import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { RequestMethod } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { toApiError } from './common/error.filter';
import { openApiDocument } from './common/openapi';
import { processLogger, requestLogger, useProcessLogger } from './common/logger';
import { appConfig } from './config/config';
import { requestId } from './common/request-id';
import { SESSION_COOKIE } from '@replies/shared';
import { serveAssets } from './web-assets';

export function webDistDir(): string {
  return appConfig().webDistDir;
}

/**
 * Everything the app needs besides its modules; shared by `main.ts` and the API tests. `logger`
 * receives the structured log (standard output by default; tests pass their own).
 */
export function configureApp(app: NestExpressApplication, options: { logger?: Logger } = {}): NestExpressApplication {
  const { trustProxy } = appConfig();
  if (trustProxy) app.set('trust proxy', trustProxy);
  const logger = options.logger ?? processLogger();
  useProcessLogger(logger);
  app.use(requestId);
  app.use(requestLogger(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null },
      },
    }),
  );
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '12mb' });
  // The public pages keep their stable addresses outside /api: /reports/…
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'reports', method: RequestMethod.GET },
      { path: 'reports/{*path}', method: RequestMethod.GET },
      { path: 'login', method: RequestMethod.ALL },
      { path: 'login/code', method: RequestMethod.ALL },
      { path: 'robots.txt', method: RequestMethod.GET },
      { path: 'sitemap.xml', method: RequestMethod.GET },
    ],
  });
  serveWebApp(app);
  mountOpenApi(app);
  // Errors raised before Nest's pipeline (malformed JSON, oversized bodies) get the same body as the rest.
  app.use('/api', (error: unknown, _request: Request, response: Response & { err?: Error }, next: NextFunction) => {
    if (!error) return next();
    const { status, body } = toApiError(error);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- whatever was thrown, as text, for the log
    if (status >= 500) response.err = error instanceof Error ? error : new Error(String(error));
    response.status(status).json(body);
  });
  return app;
}

/** Swagger UI at /api/docs, on the document generated from the contract (also at /api/docs/openapi.json). */
function mountOpenApi(app: NestExpressApplication) {
  const document = openApiDocument() as unknown as OpenAPIObject;
  SwaggerModule.setup('api/docs', app, document, { useGlobalPrefix: false, jsonDocumentUrl: 'api/docs/openapi.json' });
}

/** The web app's pages for those not signed in: activating an account, resetting a password. */
const SIGNED_OUT_PAGES = new Set(['/activate', '/reset-password']);

const hasSessionCookie = (request: Request) => typeof request.cookies?.[SESSION_COOKIE] === 'string';

const signInAddress = (wanted: string) => (wanted === '/' ? '/login' : `/login?next=${encodeURIComponent(wanted)}`);

/**
 * The built React app, served by the same process: its hashed files precompressed and immutable,
 * anything else for an hour; any non-API address falls back to index.html, which is never cached
 * without asking.
 */
function serveWebApp(app: NestExpressApplication) {
  const dist = webDistDir();
  const index = join(dist, 'index.html');
  app.use('/assets', serveAssets(dist));
  const assets = express.static(dist, { index: false, maxAge: '1h' });
  const isServerRoute = (path: string) =>
    /^\/(api|reports)(\/|$)|^\/(robots\.txt|sitemap\.xml|login|login\/code)$/.test(path);
  // API calls and public pages never touch the file system for the web app's files.
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isServerRoute(request.path)) next();
    else assets(request, response, next);
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage = request.method === 'GET' && !isServerRoute(request.path) && request.accepts('html');
    if (!isPage || !existsSync(index)) return next();
    // Without a session there is nothing to show but the sign-in page: it is sent at once, without the app.
    if (!hasSessionCookie(request) && !SIGNED_OUT_PAGES.has(request.path)) {
      return response.redirect(303, signInAddress(request.originalUrl));
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
