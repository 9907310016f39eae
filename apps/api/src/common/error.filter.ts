import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodError } from 'zod';
import type { TApiError } from '@replies/shared';
import { DomainError } from './domain-error';

const HTTP_CODES: Record<number, string> = {
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
  const bodyParserType = (error as { type?: unknown })?.type;
  if (bodyParserType === 'entity.parse.failed') {
    return { status: 400, body: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' } };
  }
  if (bodyParserType === 'entity.too.large') {
    return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' } };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 413) {
      return {
        status,
        body: { code: 'FILE_TOO_LARGE', message: 'The file is larger than the 10 MB an upload may have.' },
      };
    }
    const message = status === 404 ? 'There is nothing at this address.' : error.message;
    return { status, body: { code: HTTP_CODES[status] ?? 'ERROR', message } };
  }
  return { status: 500, body: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } };
}

@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const { status, body, headers } = toApiError(error);
    if (status >= 500) this.logger.error(`${request.method} ${request.url}`, (error as Error)?.stack ?? String(error));
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    response.status(status).json(body);
  }
}
