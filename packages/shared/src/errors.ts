import { z } from 'zod';
import { ZErrorCode, ZErrorParams } from './error-codes';

/** A message about one field of the request, shown beside that field in the form. */
export const ZFieldError = z.object({ path: z.string(), message: z.string() });

/** The one error body of the API. */
export const ZApiError = z
  .object({
    code: ZErrorCode,
    /** In English; the web app shows the message of `code` in the user's language, filled with `params`. */
    message: z.string(),
    params: ZErrorParams.optional(),
    errors: z.array(ZFieldError).optional(),
    /** With 409 STALE_VERSION: the record as it now stands, so nothing is lost. */
    current: z.unknown().optional(),
  })
  .meta({ id: 'ApiError' });
export type TApiError = z.infer<typeof ZApiError>;
