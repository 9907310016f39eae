import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { launchChromium, screenshot, seriousAccessibilityViolations, startServedApp } from '../setup/browser';
import { signIn, type TestApp } from '../setup/test-app';

let t: TestApp & { baseUrl: string };
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  t = await startServedApp();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await t?.close();
});

async function signedInPage(email: string, password: string, name: string): Promise<Page> {
  // axe-core is injected as an inline script, which the portal's Content-Security-Policy rightly refuses.
  const context = await browser.newContext({ bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${t.baseUrl}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: `Welcome, ${name}` }).waitFor();
  return page;
}

const LONG =
  'Finland reports on its national measures against the proliferation of weapons of mass destruction.'.concat(
    ' It cooperates closely with its partners.'.repeat(8),
  );
const SUMMARY = 'Finland applies strict export controls and cooperates with its partners.';
const ADDED = 'Finland also ratified the International Convention for the Suppression of Acts of Nuclear Terrorism.';

it('an editor returns a reply, the focal point revises and resubmits, the editor compares the versions and accepts with SUMMARY', async () => {
  const editorUser = await createUser(t.prisma, { role: 'EDITOR', name: 'Eve Editor' });
  const focalUser = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN', name: 'Aino Virtanen' });
  const api = await signIn(t.http, editorUser.email, editorUser.password);
  await api
    .post(
      '/api/cycles',
      cycleBody({ symbol: 'A/65/99', replyWordLimit: 50, summaryWordLimit: 20, cutoffOn: '2099-06-23' }),
    )
    .expect(201);
  await api
    .post('/api/cycles/A-65-99/invitations', { entityCodes: ['FIN'], channel: 'NOTE_VERBALE', sentOn: '2010-02-19' })
    .expect(201);
  const finland = await signIn(t.http, focalUser.email, focalUser.password);
  await finland
    .put('/api/cycles/A-65-99/replies/FIN', {
      originalLanguage: 'en',
      texts: { en: { body: LONG, summary: SUMMARY } },
      version: 0,
    })
    .expect(200);
  await finland.post('/api/cycles/A-65-99/replies/FIN/submit').expect(200);

  // The editor returns the reply from the review queue.
  const editor = await signedInPage(editorUser.email, editorUser.password, 'Eve Editor');
  await editor.goto(`${t.baseUrl}/cycles/A-65-99/replies`);
  await editor.getByRole('link', { name: 'Finland' }).click();
  await editor.getByRole('heading', { name: 'Review: Finland' }).waitFor();
  await editor
    .getByLabel('Comment to the sender')
    .fill('Please add the status of the Convention on nuclear terrorism.');
  await editor.getByRole('button', { name: 'Return reply' }).click();
  await editor.getByText('The reply has been returned to its sender.').waitFor();

  // The focal point sees the comment, revises and resubmits.
  const focal = await signedInPage(focalUser.email, focalUser.password, 'Aino Virtanen');
  await focal.goto(`${t.baseUrl}/cycles/A-65-99/replies/FIN`);
  await focal.getByText('Please add the status of the Convention on nuclear terrorism.').waitFor();
  const text = focal.getByLabel('Reply text');
  await text.fill(`${LONG}\n${ADDED}`);
  await focal.getByRole('button', { name: 'Check and submit' }).click();
  await focal.getByLabel('I submit this reply on behalf of Finland.').check();
  await focal.getByRole('button', { name: 'Submit reply' }).click();
  // The second submission has its own reference number.
  await focal.getByText('A/65/99-FIN-2').waitFor();
  await screenshot(focal, '30-focal-point-resubmitted');

  // The editor compares the two submissions and accepts with the summary.
  await editor.reload();
  await editor.getByRole('heading', { name: 'Review: Finland' }).waitFor();
  await editor.getByLabel('Compare version').selectOption('1');
  await editor.getByLabel('with version').selectOption('2');
  await editor.locator('ins').filter({ hasText: 'International Convention for the Suppression' }).first().waitFor();
  await editor.getByText('Proposed decision: Summary').waitFor();
  await editor.getByRole('radio', { name: 'Summary' }).check();
  expect(await seriousAccessibilityViolations(editor)).toEqual([]);
  await screenshot(editor, '31-editor-compares-versions');
  await editor.getByRole('button', { name: 'Accept reply' }).click();
  await editor.getByText('Accepted: Summary').waitFor();
  await screenshot(editor, '32-editor-accepted');

  // The translation is written beside the original: side by side on a wide screen, one above the other at 390 px.
  await editor.setViewportSize({ width: 1280, height: 900 });
  await editor.getByLabel('Translation language').selectOption('fr');
  const original = editor.getByRole('region', { name: 'Original (English)' });
  await original.getByText('It cooperates closely with its partners.').first().waitFor();
  const translated = editor.getByLabel('Translated text');
  const [left, right] = [await original.boundingBox(), await translated.boundingBox()];
  expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(80);
  await editor.getByText('Translated summary (optional)').waitFor();
  await translated.fill('La Finlande rend compte de ses mesures nationales.');
  await screenshot(editor, '33-editor-translates-beside-original');
  await editor.setViewportSize({ width: 390, height: 844 });
  const [above, below] = [await original.boundingBox(), await translated.boundingBox()];
  expect(above!.y + above!.height).toBeLessThanOrEqual(below!.y);
  expect(
    await editor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  expect(await seriousAccessibilityViolations(editor)).toEqual([]);
  await screenshot(editor, '34-editor-translates-390');
  await editor.getByRole('button', { name: 'Save translation' }).click();
  await editor.getByText('Translation saved.').waitFor();

  const reply = await t.prisma.reply.findFirstOrThrow({
    where: { entityCode: 'FIN' },
    include: { versions: true, decisions: true },
  });
  expect(reply).toMatchObject({ status: 'ACCEPTED', decision: 'SUMMARY' });
  expect(reply.versions.map((v) => [v.number, v.kind]).sort()).toEqual([
    [1, 'SUBMISSION'],
    [2, 'SUBMISSION'],
    [3, 'TRANSLATION'],
  ]);
  expect(reply.decisions).toHaveLength(1);
});
