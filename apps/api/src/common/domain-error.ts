import type { TErrorCode, TErrorParams } from '@replies/shared';

/** An error a user can act on: the global filter maps `status` and `code` to the one error body. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: TErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly errors?: { path: string; message: string }[],
    /** More fields of the error body: `current` with a 409 on a stale version, `params` of the code's message. */
    readonly details?: { current?: unknown; params?: TErrorParams },
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError(404, 'NOT_FOUND', `${what} was not found.`);
export const conflict = (code: TErrorCode, message: string) => new DomainError(409, code, message);
export const badRequest = (code: TErrorCode, message: string) => new DomainError(400, code, message);
export const forbidden = (message = 'You are not allowed to do this.') => new DomainError(403, 'FORBIDDEN', message);
export const unauthorized = (message = 'Sign in to continue.') => new DomainError(401, 'UNAUTHENTICATED', message);

/** A 400 about one field, shown beside that field in the form. */
export const invalidField = (path: string, message: string) =>
  new DomainError(400, 'VALIDATION', message, {}, [{ path, message }]);
