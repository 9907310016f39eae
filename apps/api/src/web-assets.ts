import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

export type ContentEncoding = 'br' | 'gzip';

/** Brotli first (smaller), then gzip: the variants the web app's build writes beside each file. */
const PREFERENCE: readonly ContentEncoding[] = ['br', 'gzip'];
const SUFFIX: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

/** Every hashed file of the build is named by its content: a browser may keep it for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The encoding to send among `available`, by the request's Accept-Encoding (RFC 9110 §12.5.3):
 * Brotli when accepted, else gzip, else none. `q=0` refuses an encoding; `*` stands for those not named.
 */
export function preferredEncoding(
  acceptEncoding: string | undefined,
  available: Iterable<ContentEncoding>,
): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(token === 'x-gzip' ? 'gzip' : token, Number.isFinite(weight) ? weight : 0);
  }
  const offered = new Set(available);
  const accepted = PREFERENCE.filter(
    (encoding) => offered.has(encoding) && (weights.get(encoding) ?? weights.get('*') ?? 0) > 0,
  );
  return accepted[0] ?? null;
}

/** Each file of the build's assets with the compressed variants written beside it. */
function listAssets(dir: string): Map<string, ContentEncoding[]> {
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const present = new Set(names);
  const files = new Map<string, ContentEncoding[]>();
  for (const name of names) {
    if (name.endsWith('.br') || name.endsWith('.gz')) continue;
    files.set(
      name,
      PREFERENCE.filter((encoding) => present.has(name + SUFFIX[encoding])),
    );
  }
  return files;
}

/**
 * Serves the build's hashed files under /assets: the Brotli or gzip file written at build time when the
 * browser accepts it (`Vary: Accept-Encoding`), cached for a year as immutable. An unknown file is a
 * 404, never the web app's page (a script from an older release must not come back as HTML).
 */
export function serveAssets(dist: string) {
  const dir = join(dist, 'assets');
  let files = listAssets(dir);
  let listedAt = Date.now();
  // A file not listed may come from a build made since: look again, at most once a second.
  const find = (name: string) => {
    if (!files.has(name) && Date.now() - listedAt > 1000) {
      files = listAssets(dir);
      listedAt = Date.now();
    }
    return files.get(name);
  };
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const name = request.path.slice(1);
    const variants = find(name);
    if (!variants) {
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    const encoding = preferredEncoding(request.headers['accept-encoding'], variants);
    if (variants.length) response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Cache-Control', IMMUTABLE);
    response.type(extname(name));
    if (encoding) response.setHeader('Content-Encoding', encoding);
    response.sendFile(
      join(dir, encoding ? name + SUFFIX[encoding] : name),
      { cacheControl: false, dotfiles: 'deny' },
      (error) => {
        if (!error || response.headersSent) return;
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return next(error);
        listedAt = 0; // removed by a build made since
        for (const header of ['Content-Encoding', 'Cache-Control', 'Vary']) response.removeHeader(header);
        response.status(404).type('text/plain').send('Not found');
      },
    );
  };
}
