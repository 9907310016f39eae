/** The one error body of the API. */
export interface TApiError {
  code: string;
  message: string;
  errors?: { path: string; message: string }[];
}
