import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { SESSION_COOKIE } from '@replies/shared';
import { webDistDir } from '../../apps/api/src/configure-app';
import { binaryBody, startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
/** Any session cookie: the app's page is sent to a browser that has one (the app then asks who it is). */
const signedIn = `${SESSION_COOKIE}=whoever`;
let script: string;
let style: string;

beforeAll(async () => {
  t = await startTestApp();
  const index = await request(t.http).get('/').set('Accept', 'text/html').set('Cookie', signedIn).expect(200);
  script = index.text.match(/<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/)![1];
  style = index.text.match(/<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"/)![1];
});
afterAll(() => t.close());

const onDisk = (path: string) => readFileSync(join(webDistDir(), path));
const fetchAsset = (path: string, acceptEncoding: string) =>
  request(t.http).get(path).set('Accept-Encoding', acceptEncoding).buffer(true).parse(binaryBody);

describe('the web app’s files', () => {
  it('come precompressed with Brotli to a browser that accepts it, cached for a year', async () => {
    const response = await fetchAsset(script, 'gzip, deflate, br, zstd').expect(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    // What travelled is the build's Brotli file (supertest decodes it), a fraction of the script.
    expect(Number(response.headers['content-length'])).toBe(onDisk(`${script}.br`).length);
    expect(onDisk(`${script}.br`).length).toBeLessThan(onDisk(script).length / 2);
    expect(brotliDecompressSync(onDisk(`${script}.br`)).equals(onDisk(script))).toBe(true);
    expect((response.body as Buffer).equals(onDisk(script))).toBe(true);
  });

  it('come gzipped to a client without Brotli, and as they are to one accepting neither', async () => {
    const gzipped = await fetchAsset(style, 'gzip, deflate').expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-type']).toMatch(/^text\/css/);
    expect(Number(gzipped.headers['content-length'])).toBe(onDisk(`${style}.gz`).length);
    expect(gunzipSync(onDisk(`${style}.gz`)).equals(onDisk(style))).toBe(true);
    expect((gzipped.body as Buffer).equals(onDisk(style))).toBe(true);

    const plain = await fetchAsset(script, 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((plain.body as Buffer).equals(onDisk(script))).toBe(true);
  });

  it('answer a revalidation with 304, each encoding with its own ETag', async () => {
    const br = await fetchAsset(script, 'br').expect(200);
    const gzip = await fetchAsset(script, 'gzip').expect(200);
    expect(br.headers.etag).toBeTruthy();
    expect(br.headers.etag).not.toBe(gzip.headers.etag);
    await request(t.http).get(script).set('Accept-Encoding', 'br').set('If-None-Match', br.headers.etag).expect(304);
  });

  it('answer 404 to a file the build does not have, instead of the app’s page', async () => {
    const response = await request(t.http).get('/assets/index-00000000.js').set('Accept', '*/*').expect(404);
    expect(response.text).not.toContain('<div id="root">');
  });

  it('include a file built while the portal runs, and forget one removed', async () => {
    const name = `/assets/rebuilt-${randomBytes(4).toString('hex')}.js`;
    const file = join(webDistDir(), name);
    await sleep(1100);
    writeFileSync(file, 'export const rebuilt = true;\n'.repeat(50));
    writeFileSync(`${file}.br`, brotliCompressSync(readFileSync(file)));
    try {
      const response = await fetchAsset(name, 'br').expect(200);
      expect(response.headers['content-encoding']).toBe('br');
      rmSync(`${file}.br`);
      rmSync(file);
      const gone = await request(t.http).get(name).set('Accept-Encoding', 'br').expect(404);
      expect(gone.headers['content-encoding']).toBeUndefined();
      expect(gone.headers['cache-control'] ?? '').not.toContain('immutable');
    } finally {
      rmSync(`${file}.br`, { force: true });
      rmSync(file, { force: true });
    }
  });

  it('serve the page itself uncached without asking, at any address of the app', async () => {
    for (const path of ['/', '/cycles/A-65-99', '/account']) {
      const page = await request(t.http).get(path).set('Accept', 'text/html').set('Cookie', signedIn).expect(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.text).toContain(script);
    }
  });

  it('send a browser without a session to the sign-in page, which brings it back; not the signed-out pages', async () => {
    const home = await request(t.http).get('/').set('Accept', 'text/html').expect(303);
    expect(home.headers.location).toBe('/login');
    const reply = await request(t.http).get('/cycles/A-65-99/replies/FIN?tab=2').set('Accept', 'text/html').expect(303);
    expect(reply.headers.location).toBe(`/login?next=${encodeURIComponent('/cycles/A-65-99/replies/FIN?tab=2')}`);
    for (const path of ['/activate', '/reset-password']) {
      const page = await request(t.http).get(path).set('Accept', 'text/html').expect(200);
      expect(page.text).toContain(script);
    }
  });
});
