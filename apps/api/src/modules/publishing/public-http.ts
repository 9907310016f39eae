import { gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ZLanguage, type TLanguage } from '@replies/shared';
import type { Request, Response } from 'express';
import type { Rendered, Served } from './public-documents.service';
import type { PublicFile, PublicStream } from './public-files.service';

/** Published pages change only when something is published: a proxy may keep them a while, then revalidate. */
export const PAGE_CACHE = 'public, max-age=300';
/** A file asked for by its version (`?version=N`) never changes. */
export const FROZEN_CACHE = 'public, max-age=31536000, immutable';
const NOT_FOUND_CACHE = 'no-cache';

export const language = (value: unknown): TLanguage => {
  const parsed = ZLanguage.safeParse(value);
  return parsed.success ? parsed.data : 'en';
};
export const version = (value: unknown): number | null =>
  typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : null;

/** If-None-Match holds the ETag we would send (a list, weak or strong, or `*`). */
function notModified(request: Request, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

function validators(response: Response, etag: string, cacheControl: string) {
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', cacheControl);
}

/** A kept document: 304 when the reader has it, gzip as stored when accepted, plain otherwise. */
export function sendServed(request: Request, response: Response, served: Served | Rendered, cacheControl = PAGE_CACHE) {
  if (!('etag' in served) || !served.etag || served.status !== 200) {
    const { body } = served as Rendered;
    // Not `send`: it would add an ETag to an answer that must not be kept.
    response.status(served.status).setHeader('Cache-Control', NOT_FOUND_CACHE);
    response.setHeader('Content-Type', served.contentType);
    return response.end(body);
  }
  const { etag, gzip, contentType } = served;
  validators(response, etag, cacheControl);
  response.setHeader('Vary', 'Accept-Encoding');
  if (notModified(request, etag)) return response.status(304).end();
  response.setHeader('Content-Type', contentType);
  if (request.acceptsEncodings('gzip', 'identity') === 'gzip') {
    response.setHeader('Content-Encoding', 'gzip');
    return response.end(gzip);
  }
  return response.end(gunzipSync(gzip));
}

const attachment = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export function sendFile(
  request: Request,
  response: Response,
  file: PublicFile | null,
  pinned: boolean,
  notFound: () => Rendered,
) {
  if (!file) return sendServed(request, response, notFound());
  validators(response, file.etag, pinned ? FROZEN_CACHE : PAGE_CACHE);
  if (notModified(request, file.etag)) return response.status(304).end();
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Disposition', attachment(file.fileName));
  return response.end(file.bytes);
}

export function sendStream(
  request: Request,
  response: Response,
  file: PublicStream | null,
  pinned: boolean,
  notFound: () => Rendered,
) {
  if (!file) return sendServed(request, response, notFound());
  validators(response, file.etag, pinned ? FROZEN_CACHE : PAGE_CACHE);
  if (notModified(request, file.etag)) return response.status(304).end();
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Disposition', attachment(file.fileName));
  const stream: Readable = file.stream();
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
