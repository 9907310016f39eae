import request from 'supertest';
import type { TRole } from '@replies/shared';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

/**
 * Every role against every endpoint: who gets in (any answer but 401/403, e.g. 200, 201, 400, 409),
 * who gets 401 (not signed in) and who gets 403 (signed in, not allowed).
 */
type Caller = TRole | 'ANONYMOUS';
interface Endpoint {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  body?: object;
  allowed: Caller[];
}

let t: TestApp;
const clients = {} as Record<TRole, SignedIn>;
let someUserId: string;

beforeAll(async () => {
  t = await startTestApp();
  for (const role of ['FOCAL_POINT', 'EDITOR', 'ADMIN'] as TRole[]) {
    const user = await createUser(t.prisma, { role, entityCode: role === 'FOCAL_POINT' ? 'FIN' : null });
    clients[role] = await signIn(t.http, user.email, user.password);
  }
  someUserId = (await createUser(t.prisma, { role: 'EDITOR' })).id;
  await clients.EDITOR.post('/api/cycles', cycleBody({ symbol: 'A/65/99' })).expect(201);
  await clients.EDITOR.post('/api/cycles/A-65-99/invitations', {
    entityCodes: ['FIN', 'MEX'],
    channel: 'NOTE_VERBALE',
    sentOn: '2010-02-19',
  }).expect(201);
});
afterAll(() => t.close());

const everyone: Caller[] = ['ANONYMOUS', 'FOCAL_POINT', 'EDITOR', 'ADMIN'];
const signedIn: Caller[] = ['FOCAL_POINT', 'EDITOR', 'ADMIN'];
const secretariat: Caller[] = ['EDITOR', 'ADMIN'];
const cycle = '/api/cycles/A-65-99';
const NO_ID = '00000000-0000-4000-8000-000000000000';
const draft = { originalLanguage: 'en', texts: { en: { body: 'Text.' } }, version: 0 };

const endpoints = (): Endpoint[] => [
  { method: 'get', path: '/api/health', allowed: everyone },
  { method: 'get', path: '/api/auth/me', allowed: signedIn },
  { method: 'get', path: '/api/requests', allowed: ['FOCAL_POINT'] },
  { method: 'get', path: '/api/users', allowed: ['ADMIN'] },
  {
    method: 'post',
    path: '/api/users',
    body: { email: `m-${Math.random()}@example.org`, name: 'M', password: 'long-enough-pw', role: 'EDITOR' },
    allowed: ['ADMIN'],
  },
  {
    method: 'post',
    path: '/api/users',
    body: { email: `fp-${Math.random()}@example.org`, name: 'F', role: 'FOCAL_POINT', entityCode: 'FIN' },
    allowed: secretariat,
  },
  { method: 'patch', path: `/api/users/${someUserId}`, body: { name: 'Renamed' }, allowed: ['ADMIN'] },
  { method: 'post', path: `/api/users/${someUserId}/activation`, allowed: ['ADMIN'] },
  { method: 'post', path: `/api/users/${someUserId}/totp/reset`, allowed: ['ADMIN'] },
  { method: 'patch', path: '/api/auth/me', body: { language: 'en' }, allowed: signedIn },
  { method: 'get', path: '/api/auth/sessions', allowed: signedIn },
  { method: 'delete', path: `/api/auth/sessions/${NO_ID}`, allowed: signedIn },
  { method: 'post', path: '/api/auth/totp/setup', allowed: signedIn },
  { method: 'post', path: '/api/auth/totp/confirm', body: { code: '123456' }, allowed: signedIn },
  { method: 'post', path: '/api/auth/totp/disable', body: { code: '123456' }, allowed: signedIn },
  {
    method: 'post',
    path: '/api/auth/activate',
    body: { token: 'nope', password: 'long-enough-pw' },
    allowed: everyone,
  },
  { method: 'post', path: '/api/auth/password-reset', body: { email: 'nobody@example.org' }, allowed: everyone },
  {
    method: 'post',
    path: '/api/auth/password-reset/confirm',
    body: { token: 'nope', password: 'long-enough-pw' },
    allowed: everyone,
  },
  { method: 'get', path: '/api/mail/settings', allowed: everyone },
  { method: 'get', path: '/api/entities', allowed: signedIn },
  { method: 'get', path: '/api/entities/FIN', allowed: signedIn },
  {
    method: 'post',
    path: '/api/entities',
    body: { code: `ORG${Math.floor(Math.random() * 1e6)}`, type: 'OTHER', names: { en: 'Org' } },
    allowed: ['ADMIN'],
  },
  { method: 'patch', path: '/api/entities/FIN', body: { names: { en: 'Finland' } }, allowed: ['ADMIN'] },
  { method: 'get', path: '/api/offices', allowed: signedIn },
  {
    method: 'post',
    path: '/api/offices',
    body: { code: `OFF${Math.floor(Math.random() * 1e6)}`, names: { en: 'An office' } },
    allowed: ['ADMIN'],
  },
  { method: 'patch', path: '/api/offices/DESA', body: { website: 'https://www.un.org/en/desa' }, allowed: ['ADMIN'] },
  { method: 'get', path: '/api/cycles', allowed: signedIn },
  { method: 'post', path: '/api/cycles', body: cycleBody(), allowed: secretariat },
  { method: 'get', path: cycle, allowed: signedIn },
  { method: 'patch', path: cycle, body: { agenda: { kind: 'ADOPTED', item: '104' } }, allowed: secretariat },
  { method: 'post', path: `${cycle}/close`, allowed: secretariat },
  { method: 'get', path: `${cycle}/export/replies.csv`, allowed: secretariat },
  { method: 'post', path: `${cycle}/reopen`, allowed: secretariat },
  { method: 'get', path: `${cycle}/dashboard`, allowed: secretariat },
  { method: 'get', path: `${cycle}/invitations`, allowed: secretariat },
  {
    method: 'post',
    path: `${cycle}/invitations`,
    body: { entityCodes: ['FIN'], channel: 'NOTE_VERBALE', sentOn: '2010-02-19' },
    allowed: secretariat,
  },
  {
    method: 'post',
    path: `${cycle}/reminders`,
    body: { entityCodes: ['FIN'], sentOn: '2010-05-01' },
    allowed: secretariat,
  },
  { method: 'get', path: `${cycle}/request?entity=FIN`, allowed: signedIn },
  { method: 'get', path: '/api/outbox', allowed: secretariat },
  { method: 'post', path: `/api/outbox/${NO_ID}/retry`, allowed: secretariat },
  { method: 'post', path: `/api/outbox/${NO_ID}/cancel`, allowed: secretariat },
  { method: 'get', path: `${cycle}/replies`, allowed: signedIn },
  { method: 'get', path: `${cycle}/replies/FIN`, allowed: signedIn },
  { method: 'put', path: `${cycle}/replies/FIN`, body: draft, allowed: signedIn },
  { method: 'post', path: `${cycle}/replies/FIN/submit`, allowed: signedIn },
  { method: 'get', path: `${cycle}/replies/FIN/original`, allowed: signedIn },
  { method: 'get', path: `${cycle}/replies/FIN/receipt`, allowed: signedIn },
  { method: 'get', path: `${cycle}/replies/MEX/receipt`, allowed: secretariat },
  { method: 'get', path: `${cycle}/replies/MEX`, allowed: secretariat },
  { method: 'put', path: `${cycle}/replies/MEX`, body: draft, allowed: secretariat },
  { method: 'get', path: `${cycle}/replies/FIN/versions`, allowed: signedIn },
  { method: 'get', path: `${cycle}/replies/FIN/diff?from=1&to=1`, allowed: signedIn },
  { method: 'post', path: `${cycle}/replies/FIN/return`, body: { comment: 'Please revise.' }, allowed: secretariat },
  { method: 'post', path: `${cycle}/replies/FIN/accept`, body: { decision: 'FULL' }, allowed: secretariat },
  { method: 'post', path: `${cycle}/replies/FIN/withdraw`, body: { reason: 'Test' }, allowed: secretariat },
  {
    method: 'put',
    path: `${cycle}/replies/FIN/translations/fr`,
    body: { body: 'Texte.', version: 0 },
    allowed: secretariat,
  },
  { method: 'get', path: `${cycle}/replies/FIN/decisions`, allowed: secretariat },
  { method: 'get', path: `${cycle}/replies/FIN/repetitions`, allowed: secretariat },
  { method: 'get', path: `${cycle}/audit`, allowed: secretariat },
  { method: 'get', path: '/api/audit', allowed: ['ADMIN'] },
  { method: 'get', path: `${cycle}/report?lang=en&format=json`, allowed: secretariat },
  { method: 'get', path: `${cycle}/report/checks?lang=zh`, allowed: secretariat },
  { method: 'get', path: `${cycle}/report/introduction?lang=fr`, allowed: secretariat },
  { method: 'get', path: `${cycle}/reports`, allowed: secretariat },
  { method: 'get', path: `${cycle}/reports/00000000-0000-4000-8000-000000000000`, allowed: secretariat },
  { method: 'post', path: `${cycle}/publish`, body: { languages: ['en'] }, allowed: secretariat },
  { method: 'get', path: '/reports', allowed: everyone },
  { method: 'get', path: '/reports/A-65-99?lang=en', allowed: everyone },
  { method: 'get', path: '/reports/search?q=test', allowed: everyone },
];

describe.each(everyone)('as %s', (caller) => {
  it('is let in exactly where the role allows', async () => {
    const outcomes: { endpoint: string; outcome: string | number }[] = [];
    const expected: typeof outcomes = [];
    for (const endpoint of endpoints()) {
      const response =
        caller === 'ANONYMOUS'
          ? await request(t.http)[endpoint.method](endpoint.path).send(endpoint.body)
          : await clients[caller][endpoint.method](endpoint.path, endpoint.body);
      const name = `${endpoint.method.toUpperCase()} ${endpoint.path}`;
      outcomes.push({
        endpoint: name,
        outcome: response.status === 401 || response.status === 403 ? response.status : 'allowed',
      });
      expected.push({
        endpoint: name,
        outcome: endpoint.allowed.includes(caller) ? 'allowed' : caller === 'ANONYMOUS' ? 401 : 403,
      });
    }
    expect(outcomes).toEqual(expected);
  });
});
