/** The one error body of the API. */
export interface TApiError {
  code: string;
  message: string;
  errors?: { path: string; message: string }[];
  /** With 409 STALE_VERSION: the record as it now stands, so nothing is lost. */
  current?: unknown;
}
