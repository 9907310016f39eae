import request from 'supertest';
import { Secret, TOTP } from 'otpauth';
import { CSRF_HEADER, type TTotpSetup } from '@replies/shared';
import { overrideAppConfig } from '../../apps/api/src/config/config';
import { createUser } from '../factories/users';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';

const journey = browserJourney();
const totp = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });

async function signIn(email: string, password: string) {
  const { page, t } = journey;
  // Whoever an earlier test (in any order) left signed in is signed out first.
  await page.context().clearCookies();
  await page.goto(`${t.baseUrl}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

it('an editor with two-factor sign-in enters the code of her app', async () => {
  const { page, t } = journey;
  const editor = await createUser(t.prisma, { role: 'EDITOR', name: 'Tove Totp' });
  const agent = request.agent(t.http);
  const login = await agent.post('/api/auth/login').send({ email: editor.email, password: editor.password });
  const setup = (await agent.post('/api/auth/totp/setup').set(CSRF_HEADER, login.body.csrfToken)).body as TTotpSetup;
  await agent
    .post('/api/auth/totp/confirm')
    .set(CSRF_HEADER, login.body.csrfToken)
    .send({ code: totp(setup.secret).generate() })
    .expect(200);

  await signIn(editor.email, editor.password);
  await page.getByLabel('Code', { exact: true }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '40-sign-in-code');
  await page.getByLabel('Code', { exact: true }).fill('000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  // Beside the field, and in the summary of problems above the form.
  await page.locator('#login-code-error').getByText('This code is not valid').waitFor();
  await page.getByRole('alert').getByRole('link', { name: 'Code: This code is not valid' }).waitFor();
  // The next time step: the code used to confirm the set-up is never accepted twice.
  await page.getByLabel('Code', { exact: true }).fill(totp(setup.secret).generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('heading', { name: 'Welcome, Tove Totp' }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Replies' }).waitFor();
});

it('with REQUIRE_2FA=secretariat, an editor without it sets it up before anything else', async () => {
  const { page, t } = journey;
  overrideAppConfig({ require2fa: 'secretariat' });
  try {
    const editor = await createUser(t.prisma, { role: 'EDITOR', name: 'Nils New' });
    await signIn(editor.email, editor.password);
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByText('Set up two-factor sign-in before anything else').waitFor();
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('img', { name: 'QR code to scan with the authenticator app' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, '41-two-factor-set-up');
    await page.getByLabel('Code from the app').fill(totp(secret).generate());
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    expect(await page.locator('.recovery-codes li').count()).toBe(10);
    await screenshot(page, '42-recovery-codes');
    await page.getByRole('button', { name: 'I have kept them' }).click();
    await page.getByText('Two-factor sign-in is on.').first().waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Cycles' }).click();
    await page.getByRole('heading', { name: 'Reporting cycles' }).waitFor();
    expect(await t.prisma.auditEvent.count({ where: { action: 'account.2fa.on', actorId: editor.id } })).toBe(1);
  } finally {
    overrideAppConfig({ require2fa: 'off' });
  }
});
