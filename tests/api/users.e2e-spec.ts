import request from 'supertest';
import type { TCreateUser } from '@replies/shared';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let admin: SignedIn;
let adminId: string;
beforeAll(async () => {
  t = await startTestApp();
  const user = await createUser(t.prisma, { role: 'ADMIN' });
  adminId = user.id;
  admin = await signIn(t.http, user.email, user.password);
});
afterAll(() => t.close());

const focalPoint = (overrides: Partial<TCreateUser> = {}) =>
  ({
    email: 'aino.virtanen@formin.fi',
    name: 'Aino Virtanen',
    password: 'helsinki-2010',
    role: 'FOCAL_POINT',
    entityCode: 'FIN',
    ...overrides,
  }) satisfies TCreateUser;

describe('creating accounts', () => {
  it('creates a focal point for Finland who can then sign in', async () => {
    const created = await admin.post('/api/users', focalPoint()).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      email: 'aino.virtanen@formin.fi',
      name: 'Aino Virtanen',
      role: 'FOCAL_POINT',
      entityCode: 'FIN',
      disabled: false,
      language: 'en',
      status: 'ACTIVE',
      twoFactor: false,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(created.body)).not.toContain('password');

    const session = await signIn(t.http, 'aino.virtanen@formin.fi', 'helsinki-2010');
    expect(session.session.user.entityCode).toBe('FIN');

    const listed = await admin.get('/api/users').expect(200);
    expect(listed.body.map((u: { email: string }) => u.email)).toContain('aino.virtanen@formin.fi');

    const audit = await t.prisma.auditEvent.findFirst({ where: { targetId: created.body.id, action: 'user.create' } });
    expect(audit?.actorId).toBe(adminId);
  });

  it('answers 409 for an e-mail already in use, whatever its case, and writes nothing', async () => {
    await admin.post('/api/users', focalPoint({ email: 'dup@example.org' })).expect(201);
    const before = await t.prisma.user.count();
    const response = await admin
      .post('/api/users', focalPoint({ email: 'DUP@example.org', name: 'Other' }))
      .expect(409);
    expect(response.body.code).toBe('EMAIL_TAKEN');
    expect(await t.prisma.user.count()).toBe(before);
  });

  it('refuses a focal point without an entity, naming the field', async () => {
    const response = await admin
      .post('/api/users', focalPoint({ email: 'no-entity@example.org', entityCode: undefined }))
      .expect(400);
    expect(response.body.errors).toEqual([{ path: 'entityCode', message: expect.stringMatching(/focal point/i) }]);
    expect(await t.prisma.user.count({ where: { email: 'no-entity@example.org' } })).toBe(0);
  });

  it('refuses an unknown entity and an editor bound to an entity', async () => {
    const unknown = await admin
      .post('/api/users', focalPoint({ email: 'x1@example.org', entityCode: 'XYZ' }))
      .expect(400);
    expect(unknown.body.errors[0].path).toBe('entityCode');
    const editor = await admin
      .post('/api/users', { ...focalPoint({ email: 'x2@example.org' }), role: 'EDITOR' })
      .expect(400);
    expect(editor.body.errors[0].path).toBe('entityCode');
  });

  it('lists every invalid field of a bad request', async () => {
    const response = await admin
      .post('/api/users', { email: 'not-an-email', name: '', password: 'short', role: 'KING' })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION');
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'email',
      'name',
      'password',
      'role',
    ]);
  });
});

describe('changing accounts', () => {
  it('disables an account: its sessions end at once and it can no longer sign in', async () => {
    const user = await createUser(t.prisma, { role: 'EDITOR' });
    const session = await signIn(t.http, user.email, user.password);
    const response = await admin.patch(`/api/users/${user.id}`, { disabled: true }).expect(200);
    expect(response.body.disabled).toBe(true);
    await session.get('/api/auth/me').expect(401);
    await request(t.http).post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);

    await admin.patch(`/api/users/${user.id}`, { disabled: false }).expect(200);
    await signIn(t.http, user.email, user.password);
  });

  it('moves a focal point to another entity, and refuses to leave a focal point without one', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
    const moved = await admin.patch(`/api/users/${user.id}`, { entityCode: 'MEX' }).expect(200);
    expect(moved.body.entityCode).toBe('MEX');
    await admin.patch(`/api/users/${user.id}`, { entityCode: null }).expect(400);
    const promoted = await admin.patch(`/api/users/${user.id}`, { role: 'EDITOR' }).expect(200);
    expect(promoted.body).toMatchObject({ role: 'EDITOR', entityCode: null });
  });

  it('keeps at least one active administrator', async () => {
    const response = await admin.patch(`/api/users/${adminId}`, { disabled: true }).expect(409);
    expect(response.body.code).toBe('LAST_ADMIN');
    const self = await t.prisma.user.findUniqueOrThrow({ where: { id: adminId } });
    expect(self.disabled).toBe(false);
  });

  it('records who changed what, before and after', async () => {
    const user = await createUser(t.prisma, { role: 'EDITOR', name: 'Before Name' });
    await admin.patch(`/api/users/${user.id}`, { name: 'After Name' }).expect(200);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: 'user.update' } });
    expect(event.actorId).toBe(adminId);
    expect(event.before).toMatchObject({ name: 'Before Name' });
    expect(event.after).toMatchObject({ name: 'After Name' });
  });

  it('answers 404 for an account that does not exist', async () => {
    await admin.patch('/api/users/00000000-0000-4000-8000-000000000000', { name: 'Ghost' }).expect(404);
  });
});

describe('the audit trail', () => {
  it('cannot be edited or deleted, even with direct database access', async () => {
    const event = await t.prisma.auditEvent.findFirstOrThrow();
    await expect(t.prisma.auditEvent.update({ where: { id: event.id }, data: { action: 'tampered' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(t.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });
});
