import { z } from 'zod';

/**
 * Every `code` of the API's error body `{ code, message, params?, errors? }`. The API throws only
 * these (`DomainError` takes a `TErrorCode`); the web app has a message for each, in each language,
 * keyed by code (`apiErrors` in `apps/web/src/i18n/locales/*.ts`), filled with the body's `params`.
 * To add a code: add it here, then its message in the six locale files (the type check and
 * `error-messages.spec.ts` say which are missing).
 */
export const ERROR_CODES = [
  // The request itself
  'VALIDATION',
  'INVALID_PARAMETER',
  'INVALID_TEXT',
  'BAD_REQUEST',
  'MALFORMED_JSON',
  'MALFORMED_ADDRESS',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNSUPPORTED_ENCODING',
  'UNSUPPORTED_CHARSET',
  'METHOD_NOT_ALLOWED',
  'UNPROCESSABLE',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  // The server
  'INTERNAL',
  'DATABASE_UNAVAILABLE',
  'SERVER_BUSY',
  'WORK_TIMEOUT',
  // Signing in, accounts
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF',
  'INVALID_CREDENTIALS',
  'INVALID_CODE',
  'LOGIN_EXPIRED',
  'TOO_MANY_ATTEMPTS',
  'INVALID_TOKEN',
  'TWO_FACTOR_SETUP_REQUIRED',
  'TWO_FACTOR_REQUIRED',
  'TWO_FACTOR_ALREADY_ON',
  'TWO_FACTOR_NOT_SET_UP',
  'ALREADY_ACTIVE',
  'USER_DISABLED',
  'EMAIL_TAKEN',
  'LAST_ADMIN',
  // Reference data, cycles, mail
  'ENTITY_EXISTS',
  'OFFICE_EXISTS',
  'OFFICE_MISSING',
  'SYMBOL_TAKEN',
  'SYMBOL_LOCKED',
  'INVALID_TRANSITION',
  'CUTOFF_PASSED',
  'NO_MAIL_SERVER',
  'MAIL_NOT_RETRIABLE',
  'MAIL_NOT_CANCELLABLE',
  // Replies, review, publishing
  'STALE_VERSION',
  'NOT_EDITABLE',
  'EMPTY_REPLY',
  'SUMMARY_OR_WEB_ONLY',
  'SUMMARY_TOO_LONG',
  'NO_FILE',
  'FILE_TOO_LARGE',
  'SUSPICIOUS_ARCHIVE',
  'UNSUPPORTED_FILE',
  'ALREADY_ACCEPTED',
  'NOTHING_TO_PUBLISH',
  'PUBLISH_CONFLICT',
] as const;

export const ZErrorCode = z.enum(ERROR_CODES);
export type TErrorCode = z.infer<typeof ZErrorCode>;

/** Values a code's message is filled with (`{{minutes}}`), sent in the error body's `params`. */
export const ZErrorParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type TErrorParams = z.infer<typeof ZErrorParams>;

export const isErrorCode = (value: unknown): value is TErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
