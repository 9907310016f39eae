import { createHash } from 'node:crypto';
import request from 'supertest';
import { CSRF_HEADER, SESSION_COOKIE } from '@replies/shared';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('signing in and out', () => {
  it('sets an HttpOnly, SameSite session cookie and tells who is signed in', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN', name: 'Aino Virtanen' });
    const response = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);

    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toContain(`${SESSION_COOKIE}=`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(response.body.user).toEqual({
      id: user.id,
      email: user.email,
      name: 'Aino Virtanen',
      language: 'en',
      twoFactor: false,
      role: 'FOCAL_POINT',
      entityCode: 'FIN',
    });
    expect(response.body.csrfToken).toEqual(expect.any(String));

    const token = cookie.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))![1];
    const stored = await t.prisma.session.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].id).toBe(createHash('sha256').update(token).digest('hex'));

    const me = await request(t.http).get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=${token}`).expect(200);
    expect(me.body.user.email).toBe(user.email);
  });

  it('accepts the e-mail in any case and with surrounding spaces', async () => {
    const user = await createUser(t.prisma);
    await request(t.http)
      .post('/api/auth/login')
      .send({ email: `  ${user.email.toUpperCase()} `, password: user.password })
      .expect(200);
  });

  it('answers 401 when nobody is signed in', async () => {
    const response = await request(t.http).get('/api/auth/me').expect(401);
    expect(response.body).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
  });

  it('gives the same generic 401 for a wrong password and for an unknown e-mail', async () => {
    const user = await createUser(t.prisma);
    const wrongPassword = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: 'not-the-password' })
      .expect(401);
    const unknownEmail = await request(t.http)
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password: 'whatever-it-is' })
      .expect(401);
    expect(wrongPassword.body).toEqual({ code: 'INVALID_CREDENTIALS', message: 'E-mail or password is incorrect.' });
    expect(unknownEmail.body).toEqual(wrongPassword.body);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('throttles repeated failures for an e-mail, even when the right password finally comes', async () => {
    const user = await createUser(t.prisma);
    for (let i = 0; i < 5; i++) {
      await request(t.http)
        .post('/api/auth/login')
        .send({ email: user.email, password: `guess-${i}` })
        .expect(401);
    }
    const throttled = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(429);
    expect(throttled.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // Another account is not affected.
    const other = await createUser(t.prisma);
    await request(t.http).post('/api/auth/login').send({ email: other.email, password: other.password }).expect(200);
  });

  it('refuses a disabled account with the same generic message', async () => {
    const user = await createUser(t.prisma, { disabled: true });
    const response = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(401);
    expect(response.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('lists the missing fields of a malformed login', async () => {
    const response = await request(t.http).post('/api/auth/login').send({ email: '' }).expect(400);
    expect(response.body.code).toBe('VALIDATION');
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'password']);
  });

  it('refuses a sign-in posted from another site', async () => {
    const user = await createUser(t.prisma);
    await request(t.http)
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ email: user.email, password: user.password })
      .expect(403);
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const user = await createUser(t.prisma);
    const client = await signIn(t.http, user.email, user.password);
    const response = await client.post('/api/auth/logout').expect(204);
    expect(String(response.headers['set-cookie'])).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    await client.get('/api/auth/me').expect(401);
    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the session token, and accepts it with the token', async () => {
    const admin = await createUser(t.prisma, { role: 'ADMIN' });
    const client = await signIn(t.http, admin.email, admin.password);
    const body = { email: 'csrf-check@example.org', name: 'CSRF', password: 'long-enough-pw', role: 'EDITOR' };

    const refused = await client.agent.post('/api/users').send(body).expect(403);
    expect(refused.body.code).toBe('CSRF');
    const wrong = await client.agent.post('/api/users').set(CSRF_HEADER, 'forged').send(body).expect(403);
    expect(wrong.body.code).toBe('CSRF');
    expect(await t.prisma.user.count({ where: { email: body.email } })).toBe(0);

    await client.post('/api/users', body).expect(201);
  });
});
