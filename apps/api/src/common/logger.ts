import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { appConfig } from '../config/config';

/**
 * The portal's structured log: one JSON line per event on standard output. Every request gets one
 * line when it ends (method, route, status, duration, request id, user id; never a body, a cookie
 * or a header); a 5xx carries its error and stack in that same line; a 4xx is that line only.
 */
export function createLogger(destination?: DestinationStream): Logger {
  const options = { level: appConfig().logLevel, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

let shared: Logger | undefined;
/** The logger of this process (standard output), for code that has no request at hand. */
export const processLogger = (): Logger => (shared ??= createLogger());
/** Makes `logger` the process's logger (the app's, once configured). */
export const useProcessLogger = (logger: Logger) => {
  shared = logger;
};

type Request = IncomingMessage & {
  originalUrl?: string;
  baseUrl?: string;
  route?: { path?: string };
  auth?: { user?: { id?: string } };
};

/** The route pattern that matched (/api/cycles/:cycle/replies/:entity), or the path without its query. */
function routeOf(request: Request): string {
  if (request.route?.path) return `${request.baseUrl ?? ''}${String(request.route.path)}`;
  return (request.originalUrl ?? request.url ?? '').split('?')[0].slice(0, 200);
}

const requestFields = (request: Request, response: ServerResponse) => ({
  method: request.method,
  route: routeOf(request),
  status: response.statusCode,
  userId: request.auth?.user?.id ?? null,
});

export function requestLogger(logger: Logger) {
  return pinoHttp<Request, ServerResponse>({
    logger,
    // The id the request-id middleware gave the response (its X-Request-Id).
    genReqId: (request, response) => String(response.getHeader('X-Request-Id') ?? ''),
    quietReqLogger: true,
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: (request, response) => `${request.method} ${routeOf(request)} ${response.statusCode}`,
    customErrorMessage: (request, response) => `${request.method} ${routeOf(request)} ${response.statusCode}`,
    customAttributeKeys: { responseTime: 'durationMs' },
    customSuccessObject: (request, response, fields: object) => ({ ...fields, ...requestFields(request, response) }),
    // pino-http invents an error for any 5xx; only a real one (response.err, set by the error filter) is logged.
    customErrorObject: (request, response, _error, fields) => {
      const { err, ...rest } = fields as { err?: unknown };
      const real = (response as ServerResponse & { err?: unknown }).err;
      return { ...rest, ...(real ? { err } : {}), ...requestFields(request, response) };
    },
    serializers: {
      req: () => undefined,
      res: () => undefined,
      err: pino.stdSerializers.err,
    },
    wrapSerializers: false,
  });
}
