import request from 'supertest';
import { CSRF_HEADER } from '@replies/shared';
import { appConfig, overrideAppConfig } from '../../apps/api/src/config/config';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';
import { linkIn, sendMailThrough, startSmtpServer, type TestSmtpServer } from '../setup/smtp';

let smtp: TestSmtpServer;
const journey = browserJourney(async ({ t }) => {
  smtp = await startSmtpServer();
  await sendMailThrough(smtp, [t]);
  // Links in mail lead to this served portal.
  overrideAppConfig({ publicUrl: t.baseUrl });
});
afterAll(() => smtp?.close());

it('an editor invites a focal point for Finland; she activates her account from the mail, submits and gets the receipt', async () => {
  const { page, t } = journey;
  const editor = await createUser(t.prisma, { role: 'EDITOR', name: 'Edith Editor' });
  const agent = request.agent(t.http);
  const login = await agent
    .post('/api/auth/login')
    .send({ email: editor.email, password: editor.password })
    .expect(200);
  await agent
    .post('/api/cycles')
    .set(CSRF_HEADER, login.body.csrfToken)
    .send(cycleBody({ symbol: 'A/65/99', cutoffOn: '2099-06-23' }))
    .expect(201);
  await agent
    .post('/api/cycles/A-65-99/invitations')
    .set(CSRF_HEADER, login.body.csrfToken)
    .send({ entityCodes: ['FIN', 'IAEA'], sentOn: '2010-02-19' })
    .expect(201);

  // The editor sees that nobody received Finland's note verbale, and invites a focal point.
  await page.goto(`${t.baseUrl}/login`);
  await page.getByLabel('E-mail').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Welcome, Edith Editor' }).waitFor();
  await page.goto(`${t.baseUrl}/cycles/A-65-99/invitations`);
  await page.getByRole('heading', { name: 'Invited without a focal point' }).waitFor();
  await page.getByText('Nobody received the request of these invitees (2)').waitFor();
  await page.getByLabel('State or organization', { exact: true }).selectOption('FIN');
  await page.getByLabel('E-mail').fill('aino.virtanen@formin.fi');
  await page.getByLabel('Name', { exact: true }).fill('Aino Virtanen');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await page.getByText('aino.virtanen@formin.fi is invited').waitFor();
  await page.getByText('focal point invited, account not activated yet').waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '30-editor-invites-focal-point');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Replies' }).waitFor();

  // The activation mail, followed as she would.
  const activation = await smtp.waitForMail((m) => m.envelope.to.includes('aino.virtanen@formin.fi'));
  expect(activation.parsed.subject).toBe('Your account on Replies');
  expect(activation.parsed.text).toContain('Edith Editor has created an account for you');
  await page.goto(linkIn(activation, `${t.baseUrl}/activate?token=`));
  await page.getByRole('heading', { name: 'Activate your account' }).waitFor();
  await page.getByLabel('New password').fill('password1234');
  await page.getByText('Strength: very weak').waitFor();
  await page.getByRole('button', { name: 'Activate and sign in' }).click();
  // Refused by the API: the error summary says why, linked to the field, which says it too.
  await page
    .getByRole('alert')
    .getByRole('link', { name: 'New password: This password is one of the most common ones' })
    .waitFor();
  await page.locator('#activate-password-error').getByText('This password is one of the most common ones').waitFor();
  await page.getByLabel('New password').fill('Saimaa-lake-in-winter-2010');
  await page.getByText(/Strength: (strong|very strong)/).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '31-activate-account');
  await page.getByRole('button', { name: 'Activate and sign in' }).click();
  await page.getByRole('heading', { name: 'Welcome, Aino Virtanen' }).waitFor();

  // Signed up after the invitation, she receives the note verbale all the same.
  const noteVerbale = await smtp.waitForMail(
    (m) => m.envelope.to.includes('aino.virtanen@formin.fi') && m.parsed.subject!.startsWith('Request for views'),
  );
  expect(noteVerbale.parsed.attachments[0].filename).toBe('A-65-99-note-verbale-FIN-en.docx');

  await page.goto(`${t.baseUrl}/cycles/A-65-99/replies/FIN`);
  await page.getByLabel('Reply text').waitFor();
  await page.getByLabel('Original language').selectOption('en');
  await page.getByLabel('Reply text').fill('Finland has adopted export control measures.');
  await page.getByRole('button', { name: 'Check and submit' }).click();
  await page.getByLabel('I submit this reply on behalf of Finland.').check();
  await page.getByRole('button', { name: 'Submit reply' }).click();
  await page.getByRole('heading', { name: 'Reply submitted' }).waitFor();
  await page.getByText('A/65/99-FIN-1').waitFor();
  await page
    .getByText('A receipt with the reference number has also been sent by e-mail to the focal points of Finland.')
    .waitFor();
  await screenshot(page, '32-reply-submitted-receipt');

  const receipt = await smtp.waitForMail((m) => m.parsed.subject?.startsWith('Receipt of your reply') ?? false);
  expect(receipt.envelope.to).toEqual(['aino.virtanen@formin.fi']);
  expect(receipt.parsed.subject).toBe('Receipt of your reply to A/65/99 (A/65/99-FIN-1)');
  expect(receipt.parsed.text).toContain('Finland has adopted export control measures.');
  expect(linkIn(receipt, t.baseUrl)).toBe(`${t.baseUrl}/cycles/A-65-99/replies/FIN`);
  overrideAppConfig({ publicUrl: appConfig().publicUrl });
});
