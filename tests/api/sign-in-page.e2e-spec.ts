import request from 'supertest';
import { Secret, TOTP } from 'otpauth';
import { LANGUAGE_COOKIE, LOGIN_CHALLENGE_COOKIE, SESSION_COOKIE, type TTotpSetup } from '@replies/shared';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type TestApp } from '../setup/test-app';

/**
 * The sign-in pages are HTML forms rendered by the server (no script to download): the same checks
 * and the same session as POST /api/auth/login, in the visitor's language, and back to the page the
 * visitor wanted.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const cookiesOf = (response: request.Response) => String(response.headers['set-cookie'] ?? '');
const postForm = (agent: ReturnType<typeof request.agent>, path: string, fields: Record<string, string>) =>
  agent.post(path).type('form').set('Origin', 'http://127.0.0.1').set('Host', '127.0.0.1').send(fields);

describe('the sign-in page', () => {
  it('is a page without scripts, in the browser’s language, with its skip link and labelled fields', async () => {
    const page = await request(t.http).get('/login').set('Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.5').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).not.toMatch(/<script/i);
    expect(page.text).toContain('<html lang="zh" dir="ltr">');
    expect(page.text).toContain('登录“答复”');
    expect(page.text).toContain('<a class="skip-link" href="#main">');
    expect(page.text).toMatch(/<label for="login-email">/);
    expect(page.text).toMatch(/<input id="login-email" name="email" type="email"/);

    const arabic = await request(t.http).get('/login').set('Accept-Language', 'ar-EG').expect(200);
    expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
  });

  it('keeps a language chosen with its links for this browser, and the app reads the same cookie', async () => {
    const chosen = await request(t.http).get('/login?lang=ru').set('Accept-Language', 'en').expect(200);
    expect(chosen.text).toContain('Вход в портал «Ответы»');
    expect(cookiesOf(chosen)).toContain(`${LANGUAGE_COOKIE}=ru`);
    const again = await request(t.http).get('/login').set('Cookie', `${LANGUAGE_COOKIE}=ru`).expect(200);
    expect(again.text).toContain('<html lang="ru"');
    // Each language is a link, named in itself; the current one is marked, not linked.
    expect(again.text).toContain('<span aria-current="true" lang="ru">Русский</span>');
    expect(again.text).toContain('href="/login?lang=fr"');
  });

  it('signs in with a session cookie and goes on to the page the visitor wanted', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
    const agent = request.agent(t.http);
    const done = await postForm(agent, '/login', {
      email: user.email.toUpperCase(),
      password: user.password,
      next: '/cycles/A-65-99/replies/FIN',
    }).expect(303);
    expect(done.headers.location).toBe('/cycles/A-65-99/replies/FIN');
    expect(cookiesOf(done)).toMatch(new RegExp(`${SESSION_COOKIE}=[^;]+;.*HttpOnly`, 'i'));
    expect((await agent.get('/api/auth/me').expect(200)).body.user.email).toBe(user.email);

    // Signed in already: the sign-in page sends the visitor on.
    expect((await agent.get('/login').expect(303)).headers.location).toBe('/');
  });

  it('never sends anyone to another site after signing in', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'SWE' });
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '/login', ' /cycles']) {
      const done = await postForm(request.agent(t.http), '/login', {
        email: user.email,
        password: user.password,
        next,
      }).expect(303);
      expect(done.headers.location).toBe('/');
    }
  });

  it('refuses a wrong password in the page’s language, keeping the e-mail typed, and a form missing a field', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'NOR' });
    const wrong = await postForm(request.agent(t.http), '/login?lang=fr', {
      email: user.email,
      password: 'not the password',
    }).expect(401);
    expect(wrong.text).toContain('Il y a un problème');
    expect(wrong.text).toContain('Le courriel ou le mot de passe est incorrect.');
    expect(wrong.text).toContain(`value="${user.email}"`);
    expect(wrong.text).not.toContain('not the password');
    expect(cookiesOf(wrong)).not.toContain(`${SESSION_COOKIE}=`);

    const empty = await postForm(request.agent(t.http), '/login', { email: '', password: '' }).expect(400);
    expect(empty.text).toContain('<a href="#login-email">E-mail: Enter your e-mail address.</a>');
    expect(empty.text).toContain('<a href="#login-password">Password: Enter your password.</a>');
    expect(empty.text).toMatch(
      /<input id="login-email"[^>]*aria-describedby="login-email-error"[^>]*aria-invalid="true"/,
    );

    // Repeated or nested fields, and characters that are not text, are not a crash.
    await request(t.http).post('/login').type('form').send('email[a]=x&email=y&password=%00').expect(400);
  });

  it('refuses a form posted from another site', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'DNK' });
    const refused = await request(t.http)
      .post('/login')
      .type('form')
      .set('Origin', 'https://evil.example')
      .send({ email: user.email, password: user.password })
      .expect(403);
    expect(cookiesOf(refused)).not.toContain(`${SESSION_COOKIE}=`);
    expect(refused.text).toContain('Your session could not be verified');
    const fetchedAcross = await request(t.http)
      .post('/login')
      .type('form')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ email: user.email, password: user.password })
      .expect(403);
    expect(cookiesOf(fetchedAcross)).not.toContain(`${SESSION_COOKIE}=`);
    // A form of the page itself, under a no-referrer policy: Origin `null`, but the browser says same-origin.
    await request(t.http)
      .post('/login')
      .type('form')
      .set('Origin', 'null')
      .set('Sec-Fetch-Site', 'same-origin')
      .send({ email: user.email, password: user.password })
      .expect(303);
  });

  it('says the session ended when the app sends the visitor back, and forgets the dead cookie', async () => {
    const page = await request(t.http)
      .get('/login?ended=1')
      .set('Cookie', `${SESSION_COOKIE}=no-longer-valid`)
      .expect(200);
    expect(page.text).toContain('Your session has ended. Please sign in again.');
    expect(cookiesOf(page)).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
  });
});

describe('the second step of two-factor sign-in', () => {
  const totpOf = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });

  it('asks for the code after the password, refuses a wrong one beside its field, then signs in', async () => {
    const user = await createUser(t.prisma, { role: 'EDITOR' });
    const client = await signIn(t.http, user.email, user.password);
    const setup = (await client.post('/api/auth/totp/setup').expect(200)).body as TTotpSetup;
    await client.post('/api/auth/totp/confirm', { code: totpOf(setup.secret).generate() }).expect(200);

    const agent = request.agent(t.http);
    const password = await postForm(agent, '/login', {
      email: user.email,
      password: user.password,
      next: '/outbox',
    }).expect(303);
    expect(password.headers.location).toBe('/login/code?next=%2Foutbox');
    expect(cookiesOf(password)).toContain(`${LOGIN_CHALLENGE_COOKIE}=`);
    expect(cookiesOf(password)).not.toContain(`${SESSION_COOKIE}=`);

    const step = await agent.get('/login/code?next=%2Foutbox').expect(200);
    expect(step.text).toMatch(/<input id="login-code" name="code"[^>]*autocomplete="one-time-code"/);

    const wrong = await postForm(agent, '/login/code', { code: '000000', next: '/outbox' }).expect(401);
    expect(wrong.text).toContain('<p class="field__error" id="login-code-error">This code is not valid');
    const malformed = await postForm(agent, '/login/code', { code: 'abc', next: '/outbox' }).expect(400);
    expect(malformed.text).toContain('Enter the 6-digit code of your app, or a recovery code.');

    const code = totpOf(setup.secret).generate({ timestamp: Date.now() + 30_000 });
    const done = await postForm(agent, '/login/code', { code, next: '/outbox' }).expect(303);
    expect(done.headers.location).toBe('/outbox');
    expect((await agent.get('/api/auth/me').expect(200)).body.user.twoFactor).toBe(true);
  });

  it('sends a visitor without a pending sign-in back to the password', async () => {
    const step = await request(t.http).get('/login/code').expect(303);
    expect(step.headers.location).toBe('/login');
    const late = await postForm(request.agent(t.http), '/login/code', { code: '123456' }).expect(401);
    expect(late.text).toContain('Your sign-in has expired');
    expect(late.text).toContain('name="password"');
  });
});
