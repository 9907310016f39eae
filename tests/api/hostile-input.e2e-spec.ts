import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { CSRF_HEADER } from '@replies/shared';
import { enterA6599 } from '../factories/a-65-99';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

/**
 * Requests an attacker (or a broken client) sends: bad bytes, bad numbers, bad encodings, bad
 * addresses. Each must get a 4xx with the one error body (or, on public pages, an HTML page in the
 * reader's language), or a harmless result; never a 500; and the portal must answer its health
 * check afterwards. The request log keeps at most one line per 4xx.
 */
let t: TestApp;
let editor: SignedIn;
let admin: SignedIn;
const log: Record<string, unknown>[] = [];
const replies = '/api/cycles/A-65-99/replies';
let sent = 0;

beforeAll(async () => {
  t = await startTestApp({ log });
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  const a = await createUser(t.prisma, { role: 'ADMIN' });
  admin = await signIn(t.http, a.email, a.password);
  await enterA6599(editor, ['FIN', 'AUS']);
  await editor.post('/api/cycles/A-65-99/publish', { languages: ['en', 'fr', 'zh'] }).expect(201);
}, 120_000);
afterAll(() => t.close());

/** The request log lines of one test: no 5xx, at most one line per request, refused ones without error or secrets. */
function expectLogged(lines: Record<string, unknown>[]) {
  const requests = lines.filter((line) => typeof line.status === 'number');
  expect(requests.filter((line) => (line.status as number) >= 500)).toEqual([]);
  const byId = new Map<unknown, number>();
  for (const line of lines) if (line.reqId) byId.set(line.reqId, (byId.get(line.reqId) ?? 0) + 1);
  expect([...byId.values()].filter((count) => count > 1)).toEqual([]);
  for (const line of requests.filter((line) => (line.status as number) >= 400)) {
    expect(Object.keys(line)).not.toContain('err');
    expect(JSON.stringify(line)).not.toMatch(/cookie|password|csrf/i);
  }
  return requests;
}

let logged = 0;
beforeEach(() => {
  logged = log.length;
});
afterEach(async () => {
  await request(t.http).get('/api/health').expect(200);
  expectLogged(log.slice(logged));
});

/** A 4xx with the API's error body `{ code, message }`, optionally naming `field`. */
function expectRefused(response: request.Response, status: number, code?: string, field?: string) {
  sent++;
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { code: code ?? expect.any(String), message: expect.any(String) },
  });
  if (field) expect(response.body.errors?.map((e: { path: string }) => e.path)).toContain(field);
}

/** An HTML page (never JSON, never a 500) in `language`. */
function expectPage(response: request.Response, status: number, language = 'en') {
  sent++;
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toContain('text/html');
  expect(response.text).toContain(`<html lang="${language}"`);
}

const reply = (body: string, extra: object = {}) => ({
  originalLanguage: 'en',
  receivedOn: '2010-05-04',
  texts: { en: { body } },
  version: 0,
  ...extra,
});

describe('text that is not text', () => {
  it.each([
    ['a NUL in a reply', reply('Finland\u0000 reports.'), 'texts.en.body'],
    [
      'a NUL in a summary',
      { ...reply('Fine.'), texts: { en: { body: 'Fine.', summary: 'Sum\u0000' } } },
      'texts.en.summary',
    ],
    ['an unpaired high surrogate', reply('Finland \ud800 reports.'), 'texts.en.body'],
    ['an unpaired low surrogate', reply('Finland \udc00 reports.'), 'texts.en.body'],
    ['a NUL in a key', { ...reply('x'), texts: { 'e\u0000n': { body: 'x' } } }, 'texts.e\u0000n'],
    ['a NUL in the language', { ...reply('x'), originalLanguage: 'e\u0000' }, 'originalLanguage'],
  ])('refuses %s with 400 naming the field', async (_, body, field) => {
    expectRefused(await editor.put(`${replies}/NOR`, body), 400, 'INVALID_TEXT', field);
  });

  it.each([
    ['POST', '/api/entities', { code: 'ORG-X', type: 'OTHER', names: { en: 'Org\u0000' } }, 'names.en'],
    ['PATCH', '/api/entities/FIN', { names: { fr: 'Fin\ud83dlande' } }, 'names.fr'],
    ['POST', '/api/cycles', cycleBody({ title: { en: 'Title\u0000' } }), 'title.en'],
    ['POST', `${replies}/FIN/return`, { comment: 'Please \u0000 revise' }, 'comment'],
    ['POST', `${replies}/FIN/withdraw`, { reason: '\u0000' }, 'reason'],
    ['POST', `${replies}/AUS/accept`, { decision: 'FULL', reason: 'x\udfff' }, 'reason'],
    ['PUT', `${replies}/FIN/translations/fr`, { body: 'Texte\u0000', version: 0 }, 'body'],
    ['POST', '/api/users', { email: 'a@b.org', name: 'N\u0000', role: 'EDITOR', password: 'long-enough-pw' }, 'name'],
    [
      'POST',
      '/api/cycles/A-65-99/invitations',
      { entityCodes: ['FI\u0000N'], channel: 'NOTE_VERBALE', sentOn: '2010-02-19' },
      'entityCodes.0',
    ],
    ['POST', '/api/cycles/A-65-99/publish', { languages: ['e\u0000n'] }, 'languages.0'],
  ])('%s %s: 400 naming the field', async (method, url, body, field) => {
    const call = method === 'POST' ? admin.post : method === 'PUT' ? admin.put : admin.patch;
    expectRefused(await call(url, body), 400, 'INVALID_TEXT', field);
  });

  it('refuses a NUL in the e-mail of a sign-in', async () => {
    const response = await request(t.http).post('/api/auth/login').send({ email: 'a\u0000@b.org', password: 'x' });
    expectRefused(response, 400, 'INVALID_TEXT', 'email');
  });

  it('refuses a body that is one string holding a NUL', async () => {
    const response = await editor.agent
      .put(`${replies}/NOR`)
      .set(CSRF_HEADER, editor.session.csrfToken)
      .set('Content-Type', 'application/json')
      .send('"\\u0000"');
    expect(response.status).toBe(400);
    sent++;
  });

  it('keeps characters outside the first plane (a pair of surrogates is one character)', async () => {
    sent++;
    const saved = await editor.put(`${replies}/NOR`, reply('Finland 😀 𠀀 reports.')).expect(200);
    expect(saved.body.texts.en.body).toBe('Finland 😀 𠀀 reports.');
  });
});

describe('addresses and numbers out of shape or out of range', () => {
  it.each([
    ['/api/entities/%00', 400, 'INVALID_TEXT', 'code'],
    [`${replies}/FIN%00`, 400, 'INVALID_TEXT', 'entity'],
    ['/api/cycles/%00', 400, 'INVALID_TEXT', 'cycle'],
    ['/api/cycles/A-65-99%00/replies', 400, 'INVALID_TEXT', 'cycle'],
    ['/api/entities/%FF', 400, 'MALFORMED_ADDRESS', undefined],
    ['/api/cycles/%ED%A0%80', 400, 'MALFORMED_ADDRESS', undefined],
    [`${replies}/FIN/versions/99999999999`, 400, 'INVALID_PARAMETER', 'number'],
    [`${replies}/FIN/versions/2147483648`, 400, 'INVALID_PARAMETER', 'number'],
    [`${replies}/FIN/versions/0`, 400, 'INVALID_PARAMETER', 'number'],
    [`${replies}/FIN/versions/-1`, 400, 'INVALID_PARAMETER', 'number'],
    [`${replies}/FIN/versions/1e3`, 400, 'INVALID_PARAMETER', 'number'],
    [`${replies}/FIN/versions/abc`, 400, 'INVALID_PARAMETER', 'number'],
    [`${replies}/FIN/versions/99999999999/original`, 400, 'INVALID_PARAMETER', 'number'],
    [`${replies}/FIN/diff?from=99999999999&to=1`, 400, 'VALIDATION', 'from'],
    [`${replies}/FIN/diff?from=1&to=1.5`, 400, 'VALIDATION', 'to'],
    [`${replies}/FIN/diff?from=1&from=2&to=1`, 400, 'VALIDATION', 'from'],
    [`${replies}/FIN/diff?from=1&to=1&lang=xx`, 400, 'VALIDATION', 'lang'],
    ['/api/cycles/A-65-99/reports/not-a-uuid', 400, 'INVALID_PARAMETER', 'id'],
    [`/api/cycles/${'A'.repeat(101)}`, 400, 'INVALID_PARAMETER', 'cycle'],
    ['/api/cycles/..%2F..%2Fetc', 400, 'INVALID_PARAMETER', 'cycle'],
    [`/api/entities/${'X'.repeat(100)}`, 400, 'INVALID_PARAMETER', 'code'],
    [`${replies}/F`, 400, 'INVALID_PARAMETER', 'entity'],
    [`${replies}/FIN'%20OR%201=1`, 400, 'INVALID_PARAMETER', 'entity'],
    [`/api/audit?before=${'9'.repeat(30)}`, 400, 'VALIDATION', 'before'],
    ['/api/audit?before=-5', 400, 'VALIDATION', 'before'],
    ['/api/audit?before=9223372036854775808', 400, 'VALIDATION', 'before'],
    ['/api/audit?limit=0', 400, 'VALIDATION', 'limit'],
    ['/api/audit?limit=99999999999', 400, 'VALIDATION', 'limit'],
    ['/api/outbox?cycleId=not-a-uuid', 400, 'VALIDATION', 'cycleId'],
    ['/api/outbox?cycleId=a&cycleId=b', 400, 'VALIDATION', 'cycleId'],
    ['/api/outbox?cycleId=%00', 400, 'INVALID_TEXT', 'cycleId'],
    ['/api/entities?type=%00', 400, 'INVALID_TEXT', 'type'],
    ['/api/cycles/A-65-99/report?lang=xx', 400, 'VALIDATION', 'lang'],
    ['/api/cycles/A-65-99/report?format=exe', 400, 'VALIDATION', 'format'],
    ['/api/cycles/A-65-99/report?addendum=2', 400, 'VALIDATION', 'addendum'],
    [`${replies}?status=BOGUS`, 400, 'VALIDATION', 'status'],
    ['/api/cycles/A-65-99/request?entity=%00', 400, 'INVALID_TEXT', 'entity'],
  ])('GET %s: %i %s', async (url, status, code, field) => {
    expectRefused(await admin.get(url), status, code, field);
  });

  it.each([
    ['PUT', `${replies}/FIN/translations/xx`, { body: 'x', version: 0 }, 'INVALID_PARAMETER', 'lang'],
    ['PATCH', '/api/users/not-a-uuid', { name: 'x' }, 'INVALID_PARAMETER', 'id'],
    ['PUT', `${replies}/NOR`, reply('x', { version: 99999999999 }), 'VALIDATION', 'version'],
    ['PUT', `${replies}/NOR`, reply('x', { version: -1 }), 'VALIDATION', 'version'],
    ['PUT', `${replies}/NOR`, reply('x', { version: 1.5 }), 'VALIDATION', 'version'],
    ['PUT', `${replies}/NOR`, reply('x', { receivedOn: '0001-01-01' }), 'VALIDATION', 'receivedOn'],
    ['PUT', `${replies}/NOR`, reply('x', { receivedOn: '2010-02-30' }), 'VALIDATION', 'receivedOn'],
    ['PUT', `${replies}/FIN/translations/fr`, { body: 'x', version: 2 ** 31 }, 'VALIDATION', 'version'],
    ['POST', '/api/cycles', cycleBody({ noteVerbaleOn: '0000-01-01' }), 'VALIDATION', 'noteVerbaleOn'],
    ['POST', '/api/cycles', cycleBody({ noteVerbaleOn: '1944-12-31' }), 'VALIDATION', 'noteVerbaleOn'],
    ['POST', '/api/cycles', cycleBody({ cutoffOn: '9999-12-31' }), 'VALIDATION', 'cutoffOn'],
    ['POST', '/api/cycles', cycleBody({ session: 1e10 }), 'VALIDATION', 'session'],
    ['POST', '/api/cycles', cycleBody({ replyWordLimit: 1e300 }), 'VALIDATION', 'replyWordLimit'],
    [
      'POST',
      '/api/cycles/A-65-99/invitations',
      { entityCodes: ['FIN'], channel: 'LETTER', sentOn: '0000-01-01' },
      'VALIDATION',
      'sentOn',
    ],
    ['POST', '/api/cycles/A-65-99/reminders', { sentOn: '+275760-09-13' }, 'VALIDATION', 'sentOn'],
  ])('%s %s with an out-of-range value: 400 naming it', async (method, url, body, code, field) => {
    const call = method === 'POST' ? admin.post : method === 'PUT' ? admin.put : admin.patch;
    expectRefused(await call(url, body), 400, code, field);
  });
});

describe('bodies that do not decode', () => {
  const raw = (body: Buffer | string, headers: Record<string, string>) => {
    let call = editor.agent.put(`${replies}/NOR`).set(CSRF_HEADER, editor.session.csrfToken);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    // Sent byte for byte (superagent would otherwise serialize a Buffer as JSON).
    return call.serialize((data: unknown) => data as string).send(body);
  };
  const json = JSON.stringify(reply('Finland reports.', { version: 999 }));

  it.each([
    ['gzip that is not gzip', 'not gzip at all', { 'Content-Encoding': 'gzip' }, 400],
    ['deflate that is not deflate', 'plain', { 'Content-Encoding': 'deflate' }, 400],
    ['br that is not brotli', Buffer.from([1, 2, 3, 4, 5]), { 'Content-Encoding': 'br' }, 400],
    ['an unknown encoding', json, { 'Content-Encoding': 'x-unknown' }, 415],
    ['compress', json, { 'Content-Encoding': 'compress' }, 415],
    ['a Latin-1 charset', json, { 'Content-Type': 'application/json; charset=latin1' }, 415],
    ['a Windows-1252 charset', json, { 'Content-Type': 'application/json; charset=windows-1252' }, 415],
    ['UTF-16 that is not UTF-16', json, { 'Content-Type': 'application/json; charset=utf-16' }, 400],
    ['malformed JSON', '{"originalLanguage": "en",', {}, 400],
    ['JSON nested 5,000 deep', `${'['.repeat(5000)}${']'.repeat(5000)}`, {}, 400],
    ['13 MB of JSON', `{"texts":"${'x'.repeat(13 * 1024 * 1024)}"}`, {}, 413],
    ['a gzip bomb (50 MB of zeros)', gzipSync(Buffer.alloc(50 * 1024 * 1024)), { 'Content-Encoding': 'gzip' }, 413],
  ])('refuses %s', async (_, body, headers, status) => {
    const response = await raw(body, { 'Content-Type': 'application/json', ...headers });
    expectRefused(response, status);
  });

  it('reads a well-formed gzip body (and meets the stale version like any other)', async () => {
    const response = await raw(gzipSync(json), { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expectRefused(response, 409, 'STALE_VERSION');
  });

  it('does not fall over on a NUL in the session cookie or a stray CSRF token', async () => {
    expectRefused(await request(t.http).get('/api/auth/me').set('Cookie', 'replies_session=%00'), 401);
    expectRefused(await editor.agent.put(`${replies}/NOR`).set(CSRF_HEADER, '\u00e9\u00e9').send({}), 403);
  });
});

describe('public pages: HTML in the reader’s language, never JSON, never 500', () => {
  it.each([
    ['/reports/%00', 400, 'en', {}],
    ['/reports/%00?lang=fr', 400, 'fr', {}],
    ['/reports/%00', 400, 'zh', { 'Accept-Language': 'zh-CN,zh;q=0.9' }],
    ['/reports/A-65-99/replies/%00', 400, 'en', {}],
    ['/reports/A-65-99%00/download/en.docx', 400, 'en', {}],
    ['/reports/A-65-99/download/%00.docx', 400, 'en', {}],
    ['/reports/A-65-99/replies/FIN%00/original?lang=ar', 400, 'ar', {}],
    ['/reports/%FF', 400, 'en', {}],
    ['/reports?lang=%00', 400, 'en', {}],
    ['/reports/nothing-here?lang=zh', 404, 'zh', {}],
    ['/reports/nothing/at/all/here', 404, 'ru', { 'Accept-Language': 'ru-RU, en;q=0.5' }],
    ['/reports/a/b/c/d/e', 404, 'en', {}],
    ['/reports/A-65-99/replies/ZZZ', 404, 'en', {}],
    [`/reports/${'A'.repeat(500)}`, 400, 'en', {}],
  ])('GET %s: %i page', async (url, status, language, headers) => {
    expectPage(await request(t.http).get(url).set(headers), status, language);
  });

  it.each([
    '/reports/search?q=%00',
    '/reports/search?q=%ED%A0%80',
    '/reports/search?q=a&q=b',
    '/reports/search?q=Finland&entity=%00',
    '/reports/search?q=Finland&cycle=%00&in=%00',
    '/reports/search?q[$ne]=x',
    '/reports/A-65-99?version=99999999999',
    '/reports/A-65-99?version[$gt]=1',
  ])('GET %s: a page (the terms that are not text dropped)', async (url) => {
    const response = await request(t.http).get(url);
    expectPage(response, 200);
  });

  it('answers a query operator in place of a filter with everything, unfiltered, not an error', async () => {
    sent++;
    const all = await admin.get('/api/entities?type[$ne]=x').expect(200);
    expect(all.body.length).toBeGreaterThan(200);
  });

  it('finds the published text with a NUL in the search terms', async () => {
    const response = await request(t.http).get('/reports/search?q=Fin%00land');
    expectPage(response, 200);
    expect(response.text).toContain('<mark>Finland</mark>');
  });

  it('answers a public page whose request body does not decode with an HTML page', async () => {
    const response = await request(t.http)
      .get('/reports')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('not gzip');
    sent++;
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('text/html');
  });
});

describe('the log', () => {
  it('has one line per refused request, without its error or secrets (every test here is checked the same way)', async () => {
    const before = log.length;
    const login = await request(t.http)
      .post('/api/auth/login')
      .set('Cookie', 'replies.sid=secret-session')
      .send({ email: 'a\u0000@b.org', password: 'hunter2-password' });
    expectRefused(login, 400, 'INVALID_TEXT', 'email');
    expectRefused(await editor.put(`${replies}/FIN`, reply('Nul \u0000 here')), 400, 'INVALID_TEXT');
    expectRefused(await editor.get(`${replies}?status=LOST`), 400);
    const requests = expectLogged(log.slice(before));
    expect(requests.map((line) => line.status)).toEqual([400, 400, 400]);
    expect(JSON.stringify(log.slice(before))).not.toContain('hunter2');
    expect(sent).toBeGreaterThanOrEqual(3);
  });
});
