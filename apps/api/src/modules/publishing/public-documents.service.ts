import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { appConfig } from '../../config/config';
import { PublicDocumentsRepository } from './public-documents.repository';

/** Raise when the pages' markup changes, so pages rendered by the previous code are rendered again. */
export const RENDERER_VERSION = 2;

/** What a renderer returns: a page, a feed, a list; 200 is kept, anything else is answered as is. */
export interface Rendered {
  status: number;
  contentType: string;
  body: string | Buffer;
}

/** What the controller sends: a kept document (gzip, with its ETag), or an answer not worth keeping. */
export type Served =
  | { status: 200; contentType: string; etag: string; gzip: Buffer }
  | { status: number; contentType: string; body: string | Buffer; etag?: undefined };

export const etagOf = (bytes: Buffer | string) =>
  `W/"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`;

/**
 * Public pages are rendered once from what was published and kept in PostgreSQL (every portal
 * process shares them), then served as stored with an ETag until a publication, an entity's name or
 * a cycle's title changes. The same bytes rendered again keep the same ETag, so caches stay valid.
 */
@Injectable()
export class PublicDocumentsService {
  constructor(private readonly documents: PublicDocumentsRepository) {}

  async serve(path: string, render: () => Promise<Rendered>): Promise<Served> {
    const key = `${RENDERER_VERSION}|${appConfig().publicUrl}|${path}`;
    const { fingerprint, document } = await this.documents.lookup(key);
    if (document) return { status: 200, ...document };
    const rendered = await render();
    if (rendered.status !== 200) return rendered;
    const stored = {
      contentType: rendered.contentType,
      etag: etagOf(rendered.body),
      gzip: gzipSync(rendered.body, { level: 6 }),
    };
    // Kept only if nothing was published meanwhile: a page read half before, half after would be stale.
    if ((await this.documents.fingerprint()) === fingerprint) await this.documents.store(key, fingerprint, stored);
    return { status: 200, ...stored };
  }
}
