import request from 'supertest';
import type { TRole } from '@replies/shared';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

/** Every role against every endpoint of this slice: who gets in, who gets 401 or 403. */
type Caller = TRole | 'ANONYMOUS';
interface Endpoint {
  method: 'get' | 'post' | 'patch';
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
    const user = await createUser(t.prisma, { role });
    clients[role] = await signIn(t.http, user.email, user.password);
  }
  someUserId = (await createUser(t.prisma, { role: 'EDITOR' })).id;
});
afterAll(() => t.close());

const everyone: Caller[] = ['ANONYMOUS', 'FOCAL_POINT', 'EDITOR', 'ADMIN'];
const signedIn: Caller[] = ['FOCAL_POINT', 'EDITOR', 'ADMIN'];
const endpoints = (): Endpoint[] => [
  { method: 'get', path: '/api/health', allowed: everyone },
  { method: 'get', path: '/api/auth/me', allowed: signedIn },
  { method: 'get', path: '/api/users', allowed: ['ADMIN'] },
  { method: 'post', path: '/api/users', body: { email: `m-${Math.random()}@example.org`, name: 'M', password: 'long-enough-pw', role: 'EDITOR' }, allowed: ['ADMIN'] },
  { method: 'patch', path: `/api/users/${someUserId}`, body: { name: 'Renamed' }, allowed: ['ADMIN'] },
  { method: 'get', path: '/api/entities', allowed: signedIn },
  { method: 'get', path: '/api/entities/FIN', allowed: signedIn },
  { method: 'post', path: '/api/entities', body: { code: `ORG${Math.floor(Math.random() * 1e6)}`, type: 'OTHER', names: { en: 'Org' } }, allowed: ['ADMIN'] },
  { method: 'patch', path: '/api/entities/FIN', body: { names: { en: 'Finland' } }, allowed: ['ADMIN'] },
];

describe.each(everyone)('as %s', (caller) => {
  it('is let in exactly where the role allows', async () => {
    for (const endpoint of endpoints()) {
      const response =
        caller === 'ANONYMOUS'
          ? await request(t.http)[endpoint.method](endpoint.path).send(endpoint.body)
          : await clients[caller][endpoint.method](endpoint.path, endpoint.body);
      const expected = endpoint.allowed.includes(caller) ? 'allowed' : caller === 'ANONYMOUS' ? 401 : 403;
      const outcome = response.status < 400 ? 'allowed' : response.status;
      expect({ endpoint: `${endpoint.method.toUpperCase()} ${endpoint.path}`, outcome }).toEqual({
        endpoint: `${endpoint.method.toUpperCase()} ${endpoint.path}`,
        outcome: expected,
      });
    }
  });
});
