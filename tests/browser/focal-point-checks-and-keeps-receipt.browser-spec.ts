import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { countWords, formatLongDate } from '@replies/shared';
import { MINIMAL_PDF } from '../../apps/api/src/modules/replies/originals/test-originals';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn } from '../setup/test-app';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';

const journey = browserJourney();

const REPLY = [
  '1. Finland has adopted a new act on export controls of dual-use items, in force since 1 January 2010.',
  '2. Finland supports the universalization of the International Convention for the Suppression of Acts of Nuclear Terrorism.',
].join('\n');

/** Wider than the window: the page scrolls sideways, which it must never do. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function inLanguage(page: Page, language: 'en' | 'zh' | 'ar', heading: string) {
  await page.locator('#language-switch').selectOption(language);
  await page.getByRole('heading', { name: heading }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
}

/** How many lines of text a text area shows (it is laid out on its own, its height set by the style sheet). */
const linesShown = (page: Page, label: string) =>
  page.getByLabel(label).evaluate((field) => {
    const style = getComputedStyle(field);
    const inner = field.clientHeight - parseFloat(style.paddingBlockStart) - parseFloat(style.paddingBlockEnd);
    return Math.round(inner / parseFloat(style.lineHeight));
  });

/** The reply text area's bottom edge, and the top of its word count under it. */
const textAndCount = (page: Page) =>
  page.evaluate(() => ({
    text: document.getElementById('reply-body')!.getBoundingClientRect().bottom,
    count: document.getElementById('reply-body-count')!.getBoundingClientRect().top,
  }));

/** The words of a Word document, runs joined, paragraph by paragraph. */
async function docxText(path: string) {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

it('a focal point checks what will be sent, declares, submits, and keeps the receipt (English, Chinese, Arabic, 390 px)', async () => {
  const { page, t } = journey;
  const editorUser = await createUser(t.prisma, { role: 'EDITOR' });
  const focal = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN', name: 'Aino Virtanen' });
  const editor = await signIn(t.http, editorUser.email, editorUser.password);
  await editor
    .post(
      '/api/cycles',
      cycleBody({ symbol: 'A/65/99', replyWordLimit: 300, summaryWordLimit: 100, cutoffOn: '2099-06-23' }),
    )
    .expect(201);
  await editor
    .post('/api/cycles/A-65-99/invitations', { entityCodes: ['FIN'], channel: 'NOTE_VERBALE', sentOn: '2010-02-19' })
    .expect(201);

  // Home → the reply.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${t.baseUrl}/login`);
  await page.getByLabel('E-mail').fill(focal.email);
  await page.getByLabel('Password').fill(focal.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Welcome, Aino Virtanen' }).waitFor();
  await page.getByRole('link', { name: 'Start the reply' }).click();
  await page.getByLabel('Reply text').waitFor();
  // Optional fields say so; the date-free form has none of the Secretariat's fields.
  await page.getByText('Executive summary (optional)').waitFor();
  await page.getByText('Upload the original (DOCX or PDF) (optional)').waitFor();
  // The text areas show 18 and 6 lines; made taller by their corner's grip, they push what follows down.
  expect(await linesShown(page, 'Reply text')).toBe(18);
  expect(await linesShown(page, 'Executive summary')).toBe(6);
  const before = await textAndCount(page);
  expect(before.count).toBeGreaterThanOrEqual(before.text);
  await page
    .getByLabel('Reply text')
    .evaluate((field: HTMLTextAreaElement) => (field.style.blockSize = `${field.offsetHeight + 200}px`));
  const after = await textAndCount(page);
  expect(after.text - before.text).toBeCloseTo(200, 0);
  expect(after.count - after.text).toBeCloseTo(before.count - before.text, 0);

  await page.getByLabel('Original language').selectOption('en');
  await page.getByLabel('Reply text').fill(REPLY);
  await page.locator('#reply-original').setInputFiles({
    name: 'finland-reply.pdf',
    mimeType: 'application/pdf',
    buffer: MINIMAL_PDF,
  });
  await page.getByText('Stored original:').waitFor();

  // Check your answers: what will be sent, nothing sent yet.
  await page.getByRole('button', { name: 'Check and submit' }).click();
  await page.getByRole('heading', { name: 'Check your reply before you submit it' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-title');
  const check = page.getByRole('region', { name: 'Check your reply before you submit it' });
  await check.getByRole('definition').filter({ hasText: 'Finland' }).first().waitFor();
  await check.getByText(`${countWords(REPLY).words} words of 300`).waitFor();
  await check.getByText('The text is reproduced in the report.').waitFor();
  await check.getByRole('link', { name: 'finland-reply.pdf' }).waitFor();
  // The form is out of sight while the check shows.
  expect(await page.getByLabel('Reply text').isVisible()).toBe(false);
  expect(await t.prisma.reply.count({ where: { entityCode: 'FIN', status: 'SUBMITTED' } })).toBe(0);
  expect(
    await t.prisma.reply.findFirstOrThrow({ where: { entityCode: 'FIN' }, include: { texts: true } }),
  ).toMatchObject({ status: 'DRAFT', texts: [{ body: REPLY }] });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '40-check-your-reply');

  // "Change" leads back to the field, with the text as it was; continuing shows the check again.
  await page.getByRole('button', { name: 'Change: Executive summary' }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply-summary');
  expect(await page.getByLabel('Reply text').inputValue()).toBe(REPLY);
  await page.getByRole('button', { name: 'Check and submit' }).click();
  await page.getByRole('heading', { name: 'Check your reply before you submit it' }).waitFor();

  // The declaration must be ticked: the error summary says so, and links to it.
  await page.getByRole('button', { name: 'Submit reply' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link', { name: 'Declaration: Tick the declaration to submit the reply.' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '41-check-declaration-missing');
  await summary.getByRole('link').click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-declaration');

  // In Chinese and Arabic, at 390 px: the same step, readable, without sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await inLanguage(page, 'zh', '提交前请检查您的答复');
  await page.getByLabel('本人代表芬兰提交本答复。').waitFor();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '42-check-your-reply-zh-390');
  await inLanguage(page, 'ar', 'راجعوا ردكم قبل تقديمه');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '43-check-your-reply-ar-390');
  await inLanguage(page, 'en', 'Check your reply before you submit it');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // Declared and submitted: the confirmation, with the reference number and the date received.
  await page.getByLabel('I submit this reply on behalf of Finland.').check();
  await page.getByRole('button', { name: 'Submit reply' }).click();
  await page.getByRole('heading', { name: 'Reply submitted' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/cycles/A-65-99/replies/FIN/submitted');
  await page.getByText('Your reference number').waitFor();
  await page.getByText('A/65/99-FIN-1', { exact: true }).waitFor();
  const stored = await t.prisma.reply.findFirstOrThrow({ where: { entityCode: 'FIN' }, include: { versions: true } });
  expect(stored.status).toBe('SUBMITTED');
  expect(stored.versions[0].snapshot).toMatchObject({ declaration: true });
  const receivedOn = stored.receivedOn!.toISOString().slice(0, 10);
  const englishDate = formatLongDate(receivedOn, 'en');
  const received = page.locator('dt', { hasText: 'Date received by the Secretariat' }).locator('xpath=../dd');
  expect(await received.textContent()).toContain(englishDate);
  await page.getByRole('heading', { name: 'What happens next' }).waitFor();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '44-reply-submitted-390');

  // The receipt, downloaded and opened: its reference number is in it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the receipt (Word document)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('receipt-A-65-99-FIN-1.docx');
  const english = await docxText(await download.path());
  expect(english).toContain('Receipt of a reply');
  expect(english).toContain('Reference number: A/65/99-FIN-1');
  expect(english).toContain(`Date received: ${englishDate}`);
  expect(english).toContain('Original file attached: finland-reply.pdf');
  expect(english).toContain('Aino Virtanen declared submitting this reply on behalf of Finland.');

  // The confirmation in Chinese and Arabic; the receipt follows the interface language.
  await inLanguage(page, 'zh', '答复已提交');
  await page.getByText(formatLongDate(receivedOn, 'zh')).first().waitFor();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '45-reply-submitted-zh-390');
  await inLanguage(page, 'ar', 'قُدِّم الرد');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '46-reply-submitted-ar-390');
  const [arabicDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'تنزيل إشعار الاستلام (مستند Word)' }).click(),
  ]);
  const arabic = await docxText(await arabicDownload.path());
  expect(arabic).toContain('إشعار باستلام رد');
  expect(arabic).toContain('A/65/99-FIN-1');

  // Back on the reply: read-only, with its reference number and the receipt.
  await inLanguage(page, 'en', 'Reply submitted');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('link', { name: 'View the reply as submitted' }).click();
  await page.getByText('Status: Submitted').waitFor();
  await page.getByRole('link', { name: 'Reference number: A/65/99-FIN-1' }).waitFor();
  await page.getByRole('link', { name: 'Download the receipt (Word)' }).waitFor();
  expect(await page.getByLabel('Reply text').isEditable()).toBe(false);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});

it('an editor enters a reply received by post: the date typed year-month-day in any language, checked, then submitted', async () => {
  const { browser, t } = journey;
  const editorUser = await createUser(t.prisma, { role: 'EDITOR', name: 'Eve Editor' });
  const editor = await signIn(t.http, editorUser.email, editorUser.password);
  await editor
    .post(
      '/api/cycles',
      cycleBody({ symbol: 'A/66/10', replyWordLimit: 300, summaryWordLimit: 100, cutoffOn: '2099-06-23' }),
    )
    .expect(201);
  await editor
    .post('/api/cycles/A-66-10/invitations', { entityCodes: ['MEX'], channel: 'NOTE_VERBALE', sentOn: '2011-02-19' })
    .expect(201);
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${t.baseUrl}/login`);
  await page.getByLabel('E-mail').fill(editorUser.email);
  await page.getByLabel('Password').fill(editorUser.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Welcome, Eve Editor' }).waitFor();
  await page.goto(`${t.baseUrl}/cycles/A-66-10/replies/MEX`);
  await page.getByLabel('Reply text').waitFor();

  // The date: year-month-day, left to right, written out beside it; a loose entry is tidied.
  await page.getByLabel('Date received (optional)').waitFor();
  const date = page.locator('#reply-received-on');
  expect(await date.getAttribute('type')).toBe('text');
  await page.getByText('Year-month-day, e.g. 2010-06-23.').waitFor();
  await date.fill('2011/5/27');
  await date.blur();
  expect(await date.inputValue()).toBe('2011-05-27');
  await page.locator('#reply-received-on-written').getByText('27 May 2011').waitFor();
  await inLanguage(page, 'ar', 'رد المكسيك');
  await page.locator('#reply-received-on-written').getByText('27 أيار/مايو 2011').waitFor();
  expect(await date.evaluate((input) => getComputedStyle(input).direction)).toBe('ltr');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '47-editor-date-received-ar-390');
  await inLanguage(page, 'en', 'Reply: Mexico');

  // A date that is no date: the error summary at the top of the form links to the field.
  await date.fill('2011-13-45');
  await page.getByLabel('Original language').selectOption('es');
  await page.getByLabel('Reply text').fill('México apoya las medidas.');
  await page.getByRole('button', { name: 'Check and submit' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link', { name: 'Date received: Enter a date as YYYY-MM-DD.' }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply-received-on');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '48-reply-form-error-summary-390');

  await date.fill('2011-05-27');
  await page.getByRole('button', { name: 'Check and submit' }).click();
  const check = page.getByRole('region', { name: 'Check your reply before you submit it' });
  await check.getByText('27 May 2011').waitFor();
  await page.getByLabel('I enter this reply as received from Mexico.').check();
  await page.getByRole('button', { name: 'Submit reply' }).click();
  await page.getByRole('heading', { name: 'Reply submitted' }).waitFor();
  await page.getByText('A/66/10-MEX-1', { exact: true }).waitFor();
  await page.getByText('The reply is now in the review queue.').waitFor();
  await page.getByRole('link', { name: 'Review the reply' }).waitFor();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const stored = await t.prisma.reply.findFirstOrThrow({ where: { entityCode: 'MEX' } });
  expect(stored.receivedOn!.toISOString().slice(0, 10)).toBe('2011-05-27');
  await context.close();
});
