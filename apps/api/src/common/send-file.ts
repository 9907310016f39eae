import { create, encodeExtended } from 'content-disposition';
import type { Response } from 'express';

export interface FileToSend {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

/**
 * Sends a file with its name as RFC 6266 asks: `filename*=UTF-8''…` carries any script exactly, and
 * `filename="…"` an ASCII fallback for old clients (a name never breaks the header: it is encoded).
 */
/** `attachment; filename="…"; filename*=UTF-8''…`, the second always present (the library adds it only for non-ASCII). */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline'): string {
  const header = create(fileName, { type: disposition });
  return header.includes('filename*=') ? header : `${header}; filename*=${encodeExtended(fileName)}`;
}

export function sendFile(response: Response, file: FileToSend, disposition: 'attachment' | 'inline' = 'attachment') {
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Disposition', contentDisposition(file.fileName, disposition));
  response.setHeader('Content-Length', String(file.bytes.byteLength));
  response.end(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}
