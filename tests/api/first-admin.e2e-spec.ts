import request from 'supertest';
import type { TCycle } from '@replies/shared';
import { ensureFirstAdmin, LOCAL_ADMIN_EMAIL } from '../../apps/api/src/modules/auth/first-admin';
import { prepareDatabase } from '../../apps/api/src/prepare-database';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type TestApp } from '../setup/test-app';

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

// The start checks in one query whether there is anything to do, and only then goes through Prisma.
describe('a start (prepareDatabase) on an empty portal', () => {
  const start = (options: { email?: string; password?: string; embedded: boolean }) => {
    const said: string[] = [];
    return prepareDatabase(t.databaseUrl, options, (line) => said.push(line)).then((outcome) => ({ outcome, said }));
  };

  it('answers as ensureFirstAdmin does, on an outside database and on the embedded one', async () => {
    expect((await start({ embedded: false })).outcome).toEqual({ kind: 'missing' });
    const first = await start({ embedded: true });
    expect(first.outcome).toEqual({ kind: 'created-local', email: LOCAL_ADMIN_EMAIL, password: expect.any(String) });
    expect(await signInWorks(LOCAL_ADMIN_EMAIL, (first.outcome as { password: string }).password)).toBe(true);
    const again = await start({ embedded: true });
    expect(again.outcome).toEqual({ kind: 'exists' });
    expect(again.said).toEqual([
      'Database schema is up to date.',
      expect.stringMatching(/^Reference data: \d+ States and organizations, \d+ offices \(as loaded before\)\.$/),
    ]);
  });

  it('creates the ADMIN_EMAIL account once, and reloads reference data that changed', async () => {
    const options = { email: 'Chief@UN.org', password: 'first-admin-pw', embedded: false };
    await t.prisma.referenceDataLoad.deleteMany();
    const first = await start(options);
    expect(first.outcome).toEqual({ kind: 'created-from-env', email: 'chief@un.org' });
    expect(first.said[1]).toMatch(/\(0 added now\)/);
    expect((await start(options)).outcome).toEqual({ kind: 'exists' });
    expect(await signInWorks('chief@un.org', 'first-admin-pw')).toBe(true);
  });

  it('counts the replies stored without counts', async () => {
    await start({ embedded: true });
    const e = await createUser(t.prisma, { role: 'EDITOR' });
    const editor = await signIn(t.http, e.email, e.password);
    const cycle = (await editor.post('/api/cycles', cycleBody()).expect(201)).body as TCycle;
    const reply = await t.prisma.reply.create({
      data: {
        cycleId: cycle.id,
        entityCode: 'FIN',
        originalLanguage: 'en',
        texts: { create: { language: 'en', body: 'Three words here.' } },
      },
    });
    expect((await start({ embedded: true })).outcome).toEqual({ kind: 'exists' });
    expect(await t.prisma.reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ words: 3 });
  });
});
