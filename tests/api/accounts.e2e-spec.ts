import request from 'supertest';
import { Secret, TOTP } from 'otpauth';
import {
  BROWSER_COOKIE,
  CSRF_HEADER,
  PASSWORD_RESET_ACCEPTED,
  SESSION_COOKIE,
  type TActiveSession,
  type TRecoveryCodes,
  type TSession,
  type TTotpSetup,
  type TUser,
} from '@replies/shared';
import { appConfig, overrideAppConfig } from '../../apps/api/src/config/config';
import { createUser } from '../factories/users';
import { linkIn, sendMailThrough, startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../setup/smtp';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let smtp: TestSmtpServer;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  smtp = await startSmtpServer();
  await sendMailThrough(smtp, [t]);
  const user = await createUser(t.prisma, { role: 'ADMIN' });
  admin = await signIn(t.http, user.email, user.password);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const GOOD_PASSWORD = 'Tender-violet-Geneva-47';

async function mailTo(email: string, subject: RegExp): Promise<ReceivedMail> {
  const until = Date.now() + 20_000;
  for (;;) {
    const found = smtp.received.filter((m) => m.envelope.to.includes(email) && subject.test(m.parsed.subject ?? ''));
    if (found.length) return found.at(-1)!;
    if (Date.now() > until) throw new Error(`No mail "${subject}" to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** A client that keeps cookies, for the public account routes. */
const browser = () => request.agent(t.http);

describe('invited accounts', () => {
  it('an invited focal point follows the mailed link, chooses a password and is signed in; the link works once', async () => {
    const created = await admin
      .post('/api/users', { email: 'aino@formin.fi', name: 'Aino Virtanen', role: 'FOCAL_POINT', entityCode: 'FIN' })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'INVITED', email: 'aino@formin.fi' });

    const mail = await mailTo('aino@formin.fi', /^Your account on Replies$/);
    expect(mail.parsed.text).toContain('You are the focal point of Finland');
    const link = linkIn(mail, 'http://localhost:3000/activate?token=');
    const token = tokenOf(link);
    // Stored as a hash only.
    const stored = await t.prisma.accountToken.findFirstOrThrow({ where: { userId: created.body.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    // The outbox never shows the link.
    const listed = await admin.get('/api/outbox').expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const agent = browser();
    const tooShort = await agent.post('/api/auth/activate').send({ token, password: 'short-pw' }).expect(400);
    expect(tooShort.body.errors[0].path).toBe('password');
    const common = await agent.post('/api/auth/activate').send({ token, password: 'qwerty123456' }).expect(400);
    expect(common.body.errors[0].message).toMatch(/most common/);

    const activated = await agent.post('/api/auth/activate').send({ token, password: GOOD_PASSWORD }).expect(200);
    expect((activated.body as TSession).user.email).toBe('aino@formin.fi');
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.user.entityCode).toBe('FIN');

    const again = await browser().post('/api/auth/activate').send({ token, password: GOOD_PASSWORD }).expect(400);
    expect(again.body.code).toBe('INVALID_TOKEN');
    await signIn(t.http, 'aino@formin.fi', GOOD_PASSWORD);
    expect(await t.prisma.auditEvent.count({ where: { action: 'account.activate', targetId: created.body.id } })).toBe(
      1,
    );
  });

  it('refuses an expired link; a resent link replaces the previous one', async () => {
    const created = (
      await admin.post('/api/users', { email: 'late@example.org', name: 'Late', role: 'EDITOR' }).expect(201)
    ).body as TUser;
    const first = tokenOf(linkIn(await mailTo('late@example.org', /account/), 'http://localhost:3000/activate'));
    await t.prisma.accountToken.updateMany({
      where: { userId: created.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await browser().post('/api/auth/activate').send({ token: first, password: GOOD_PASSWORD }).expect(400);

    smtp.received.length = 0;
    await admin.post(`/api/users/${created.id}/activation`).expect(200);
    const second = tokenOf(linkIn(await mailTo('late@example.org', /account/), 'http://localhost:3000/activate'));
    expect(second).not.toBe(first);
    await browser().post('/api/auth/activate').send({ token: second, password: GOOD_PASSWORD }).expect(200);
    await admin.post(`/api/users/${created.id}/activation`).expect(409);
  });

  it('lets editors invite focal points only, never with a password', async () => {
    const e = await createUser(t.prisma, { role: 'EDITOR' });
    const editor = await signIn(t.http, e.email, e.password);
    await editor
      .post('/api/users', { email: 'fp-by-editor@example.org', name: 'FP', role: 'FOCAL_POINT', entityCode: 'MEX' })
      .expect(201);
    await editor.post('/api/users', { email: 'ed2@example.org', name: 'E', role: 'EDITOR' }).expect(403);
    await editor.post('/api/users', { email: 'ad2@example.org', name: 'A', role: 'ADMIN' }).expect(403);
    await editor
      .post('/api/users', {
        email: 'fp2@example.org',
        name: 'FP',
        role: 'FOCAL_POINT',
        entityCode: 'MEX',
        password: GOOD_PASSWORD,
      })
      .expect(403);
    await editor.get('/api/users').expect(403);
  });
});

describe('password reset', () => {
  it('answers the same to a known and an unknown e-mail; the link sets a password and ends every session', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'NOR' });
    const session = await signIn(t.http, user.email, user.password);
    const unknown = await request(t.http).post('/api/auth/password-reset').send({ email: 'nobody@example.org' });
    const known = await request(t.http).post('/api/auth/password-reset').send({ email: user.email });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect(known.body).toEqual(PASSWORD_RESET_ACCEPTED);

    const token = tokenOf(linkIn(await mailTo(user.email, /new password/), 'http://localhost:3000/reset-password'));
    await request(t.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'password1234' })
      .expect(400);
    await request(t.http).post('/api/auth/password-reset/confirm').send({ token, password: GOOD_PASSWORD }).expect(204);
    await session.get('/api/auth/me').expect(401);
    await request(t.http).post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
    const signedIn = await signIn(t.http, user.email, GOOD_PASSWORD);
    await signedIn.get('/api/auth/me').expect(200);
    const reused = await request(t.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: GOOD_PASSWORD });
    expect(reused.body.code).toBe('INVALID_TOKEN');
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'account.password-reset', targetId: user.id },
    });
    expect(audit.after).toEqual({ sessionsEnded: 1 });
  });

  it('is throttled: a few links an hour per e-mail, then 429 for one address', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'SWE' });
    const before = smtp.received.length;
    for (let i = 0; i < 5; i += 1) {
      await request(t.http).post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(smtp.received.slice(before).filter((m) => m.envelope.to.includes(user.email))).toHaveLength(3);
    let last = 202;
    for (let i = 0; i < 25 && last === 202; i += 1) {
      last = (
        await request(t.http)
          .post('/api/auth/password-reset')
          .send({ email: `x${i}@example.org` })
      ).status;
    }
    expect(last).toBe(429);
    // Other tests of this file ask for resets from the same address.
    await t.prisma.loginAttempt.deleteMany({ where: { kind: 'PASSWORD_RESET' } });
  });
});

describe('two-factor sign-in', () => {
  const totpOf = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });

  it('sets up TOTP with a QR code, gives ten recovery codes, then asks for a code at sign-in', async () => {
    const user = await createUser(t.prisma, { role: 'EDITOR' });
    const client = await signIn(t.http, user.email, user.password);
    const setup = (await client.post('/api/auth/totp/setup').expect(200)).body as TTotpSetup;
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Replies:.+\?/);
    expect(setup.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    await client.post('/api/auth/totp/confirm', { code: '000000' }).expect(400);
    const { codes } = (
      await client.post('/api/auth/totp/confirm', { code: totpOf(setup.secret).generate() }).expect(200)
    ).body as TRecoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    // The password alone gives no session.
    const agent = browser();
    const first = await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expect(first.body).toEqual({ twoFactorRequired: true });
    expect(String(first.headers['set-cookie'])).not.toContain(`${SESSION_COOKIE}=`);
    await agent.get('/api/auth/me').expect(401);
    expect((await agent.post('/api/auth/login/totp').send({ code: '123456' }).expect(401)).body.code).toBe(
      'INVALID_CODE',
    );
    const code = totpOf(setup.secret).generate({ timestamp: Date.now() + 30_000 });
    const done = await agent.post('/api/auth/login/totp').send({ code }).expect(200);
    expect((done.body as TSession).user.twoFactor).toBe(true);
    await agent.get('/api/auth/me').expect(200);

    // The same code is never accepted twice.
    const replay = browser();
    await replay.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    await replay.post('/api/auth/login/totp').send({ code }).expect(401);
    // A recovery code works, once.
    await replay.post('/api/auth/login/totp').send({ code: codes[0].toUpperCase() }).expect(200);
    const reuse = browser();
    await reuse.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    await reuse.post('/api/auth/login/totp').send({ code: codes[0] }).expect(401);

    const actions = (await t.prisma.auditEvent.findMany({ where: { targetId: user.id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account.2fa.on', 'account.2fa.recovery-code-used']));
  });

  it('starts over after five wrong codes', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'DNK' });
    const client = await signIn(t.http, user.email, user.password);
    const setup = (await client.post('/api/auth/totp/setup').expect(200)).body as TTotpSetup;
    await client.post('/api/auth/totp/confirm', { code: totpOf(setup.secret).generate() }).expect(200);
    const agent = browser();
    await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    for (let i = 0; i < 4; i += 1) await agent.post('/api/auth/login/totp').send({ code: '000000' }).expect(401);
    await agent.post('/api/auth/login/totp').send({ code: '000000' }).expect(429);
    const code = totpOf(setup.secret).generate({ timestamp: Date.now() + 30_000 });
    expect((await agent.post('/api/auth/login/totp').send({ code }).expect(401)).body.code).toBe('LOGIN_EXPIRED');
  });

  it('with REQUIRE_2FA=secretariat, an editor must set it up before anything else; focal points need not', async () => {
    const original = appConfig().require2fa;
    overrideAppConfig({ require2fa: 'secretariat' });
    try {
      const user = await createUser(t.prisma, { role: 'EDITOR' });
      const client = await signIn(t.http, user.email, user.password);
      expect(client.session.twoFactorSetupRequired).toBe(true);
      const refused = await client.get('/api/cycles').expect(403);
      expect(refused.body.code).toBe('TWO_FACTOR_SETUP_REQUIRED');
      const setup = (await client.post('/api/auth/totp/setup').expect(200)).body as TTotpSetup;
      await client.post('/api/auth/totp/confirm', { code: totpOf(setup.secret).generate() }).expect(200);
      await client.get('/api/cycles').expect(200);
      expect((await client.post('/api/auth/totp/disable', { code: '123456' }).expect(409)).body.code).toBe(
        'TWO_FACTOR_REQUIRED',
      );

      const fp = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'ISL' });
      const fpClient = await signIn(t.http, fp.email, fp.password);
      expect(fpClient.session.twoFactorSetupRequired).toBe(false);
      await fpClient.get('/api/cycles').expect(200);

      // An administrator (without a second factor here, so the rule is lifted meanwhile) resets the
      // factor of a user who lost their phone: audited, sessions ended.
      overrideAppConfig({ require2fa: 'off' });
      const reset = await admin.post(`/api/users/${user.id}/totp/reset`).expect(200);
      expect(reset.body.twoFactor).toBe(false);
      await client.get('/api/auth/me').expect(401);
      const audit = await t.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'user.2fa.reset', targetId: user.id },
      });
      expect(audit.actorId).toBe(admin.session.user.id);
      overrideAppConfig({ require2fa: 'secretariat' });
      const again = await signIn(t.http, user.email, user.password);
      expect(again.session.twoFactorSetupRequired).toBe(true);
    } finally {
      overrideAppConfig({ require2fa: original });
    }
  });
});

describe("the user's own account", () => {
  it('keeps an interface language, used for the mail they receive', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FRA' });
    const client = await signIn(t.http, user.email, user.password);
    const updated = await client.patch('/api/auth/me', { language: 'fr' }).expect(200);
    expect(updated.body.user.language).toBe('fr');
    await client.patch('/api/auth/me', { language: 'xx' }).expect(400);
    expect((await signIn(t.http, user.email, user.password)).session.user.language).toBe('fr');
    await request(t.http).post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const mail = await mailTo(user.email, /mot de passe/);
    expect(mail.parsed.subject).toBe('Choisissez un nouveau mot de passe pour Replies');
  });

  it('lists their active sessions and ends another one', async () => {
    const user = await createUser(t.prisma, { role: 'EDITOR' });
    const laptop = await signIn(t.http, user.email, user.password);
    const phone = await signIn(t.http, user.email, user.password);
    const sessions = (await laptop.get('/api/auth/sessions').expect(200)).body as TActiveSession[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const other = sessions.find((s) => !s.current)!;
    expect(other.id).toMatch(/^[0-9a-f-]{36}$/);
    await laptop.delete(`/api/auth/sessions/${other.id}`).expect(204);
    await phone.get('/api/auth/me').expect(401);
    await laptop.get('/api/auth/me').expect(200);
    const someoneElse = await createUser(t.prisma, { role: 'EDITOR' });
    const theirs = await signIn(t.http, someoneElse.email, someoneElse.password);
    const [theirSession] = (await theirs.get('/api/auth/sessions')).body as TActiveSession[];
    await laptop.delete(`/api/auth/sessions/${theirSession.id}`).expect(404);
  });

  it('audits a sign-in from a new browser, not from a known one', async () => {
    const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'BEL' });
    const agent = browser();
    const login = () => agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const first = await login();
    expect(String(first.headers['set-cookie'])).toContain(`${BROWSER_COOKIE}=`);
    await login();
    const count = () =>
      t.prisma.auditEvent.count({ where: { action: 'account.sign-in.new-browser', targetId: user.id } });
    expect(await count()).toBe(1);
    await browser().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expect(await count()).toBe(2);
    void CSRF_HEADER;
  });
});
