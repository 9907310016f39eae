import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodError } from 'zod';
import type { TApiError, TErrorCode } from '@replies/shared';
import { isPublicPage, publicErrorPage, readerLanguage } from '../modules/publishing/pages/error-page';
import { DatabaseOutage, isDatabaseBusy, isDatabaseUnavailable } from '../database/database-outage';
import { DomainError } from './domain-error';

const HTTP_CODES: Record<number, TErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
};

/** Turns every error into `{ code, message, errors? }`; internals never leave the server. */
export function toApiError(error: unknown): { status: number; body: TApiError; headers?: Record<string, string> } {
  if (error instanceof DomainError) {
    const body: TApiError = { ...error.details, code: error.code, message: error.message };
    if (error.errors) body.errors = error.errors;
    return { status: error.status, body, headers: error.headers };
  }
  if (error instanceof ZodError) {
    return {
      status: 400,
      body: {
        code: 'VALIDATION',
        message: 'Some fields are missing or invalid.',
        errors: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      },
    };
  }
  const prismaCode = (error as { code?: unknown })?.code;
  if (prismaCode === 'P2002')
    return { status: 409, body: { code: 'CONFLICT', message: 'This record already exists.' } };
  if (prismaCode === 'P2025') return { status: 404, body: { code: 'NOT_FOUND', message: 'The record was not found.' } };
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: {
        code: 'DATABASE_UNAVAILABLE',
        message: 'The database does not answer at the moment. Please try again shortly.',
      },
      headers: { 'Retry-After': '10' },
    };
  }
  const decoding = requestDecodingError(error);
  if (decoding) return decoding;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // The router could not decode a %-escape of the address (e.g. %FF, or half a UTF-8 sequence).
    if (status === 400 && /^Failed to decode param/.test(error.message))
      return { status, body: { code: 'MALFORMED_ADDRESS', message: 'The address holds an invalid %-escape.' } };
    if (status === 413) {
      return {
        status,
        body: { code: 'FILE_TOO_LARGE', message: 'The file is larger than the 10 MB an upload may have.' },
      };
    }
    const message = status === 404 ? 'There is nothing at this address.' : error.message;
    return { status, body: { code: HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'), message } };
  }
  return { status: 500, body: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } };
}

/** Messages for the errors raised while reading a request, before any route (body-parser, the router). */
const DECODING: Record<string, { status: number; code: TErrorCode; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_ENCODING',
    message: 'This Content-Encoding is not supported: send the body as it is, or compressed with gzip, deflate or br.',
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_CHARSET',
    message: 'The request body must be UTF-8 (Content-Type: application/json; charset=utf-8).',
  },
};

/**
 * Errors of reading the request itself carry a 4xx status (http-errors): a body that is not what its
 * Content-Encoding says, an address with a broken %-escape, an aborted upload. All are the client's.
 */
function requestDecodingError(error: unknown): ReturnType<typeof toApiError> | null {
  const e = error as { type?: unknown; status?: unknown; statusCode?: unknown; expose?: unknown };
  const known = typeof e?.type === 'string' ? DECODING[e.type] : undefined;
  if (known) return { status: known.status, body: { code: known.code, message: known.message } };
  const status = typeof e?.status === 'number' ? e.status : e?.statusCode;
  if (error instanceof HttpException || typeof status !== 'number' || status < 400 || status > 499) return null;
  if (status === 415)
    return { status, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This request body cannot be read.' } };
  if (status === 413) return { status, body: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' } };
  if (error instanceof URIError || /decode param/i.test(String((error as Error).message)))
    return { status: 400, body: { code: 'MALFORMED_ADDRESS', message: 'The address holds an invalid %-escape.' } };
  return {
    status: 400,
    body: { code: 'MALFORMED_REQUEST', message: 'The request could not be read: its body does not match its headers.' },
  };
}

/**
 * The one place errors become answers: the API's JSON body, or on public pages an HTML page in the
 * reader's language. A 5xx's error and stack go into that request's log line (pino-http reads
 * `response.err`); the database being unreachable is logged once per outage instead.
 */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  constructor(private readonly outage: DatabaseOutage) {}

  catch(error: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response & { err?: Error }>();
    const request = host.switchToHttp().getRequest<Request>();
    const { status, body, headers } = toApiError(error);
    if (body.code === 'DATABASE_UNAVAILABLE' && !isDatabaseBusy(error)) this.outage.failed(error);
    else if (status >= 500) response.err = error instanceof Error ? error : new Error(String(error));
    if (response.headersSent) {
      response.end();
      return;
    }
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    if (isPublicPage(request.path)) {
      response
        .status(status)
        .type('html')
        .setHeader('Cache-Control', 'no-store')
        .send(publicErrorPage(status, readerLanguage(request)));
      return;
    }
    response.status(status).json(body);
  }
}
