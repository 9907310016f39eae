import request from 'supertest';
import { ensureFirstAdmin, LOCAL_ADMIN_EMAIL } from '../../apps/api/src/modules/auth/first-admin';
import { startTestApp, type TestApp } from '../setup/test-app';

// Each test is about an empty portal, so each has a database of its own, without any user.
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const signInWorks = (email: string, password: string) =>
  request(t.http)
    .post('/api/auth/login')
    .send({ email, password })
    .then((r) => r.status === 200);

describe('the first administrator', () => {
  it('is not invented on an outside database: the operator is told to set ADMIN_EMAIL/ADMIN_PASSWORD', async () => {
    expect(await ensureFirstAdmin(t.prisma, { embedded: false })).toEqual({ kind: 'missing' });
    expect(await t.prisma.user.count()).toBe(0);
  });

  it('on the embedded default, is a local administrator whose password is given once', async () => {
    const first = await ensureFirstAdmin(t.prisma, { embedded: true });
    expect(first).toEqual({ kind: 'created-local', email: LOCAL_ADMIN_EMAIL, password: expect.any(String) });
    expect(await signInWorks(LOCAL_ADMIN_EMAIL, (first as { password: string }).password)).toBe(true);
    expect(await ensureFirstAdmin(t.prisma, { embedded: true })).toEqual({ kind: 'exists' });
  });

  it('comes from ADMIN_EMAIL and ADMIN_PASSWORD, created once and never overwritten', async () => {
    const options = { email: 'Chief@UN.org', password: 'first-admin-pw', embedded: false };
    expect(await ensureFirstAdmin(t.prisma, options)).toEqual({ kind: 'created-from-env', email: 'chief@un.org' });
    expect(await signInWorks('chief@un.org', 'first-admin-pw')).toBe(true);
    expect(await ensureFirstAdmin(t.prisma, { ...options, password: 'another-password' })).toEqual({ kind: 'exists' });
    expect(await signInWorks('chief@un.org', 'another-password')).toBe(false);
    const admin = await t.prisma.user.findUniqueOrThrow({ where: { email: 'chief@un.org' } });
    expect(admin.role).toBe('ADMIN');
  });
});
