import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { enterA6599 } from '../factories/a-65-99';
import { createUser } from '../factories/users';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';
import { signIn } from '../setup/test-app';

const editorUser = { email: '', password: '' };

const journey = browserJourney(async ({ t }) => {
  const editor = await createUser(t.prisma, { role: 'EDITOR', name: 'Eve Editor' });
  Object.assign(editorUser, { email: editor.email, password: editor.password });
  const client = await signIn(t.http, editor.email, editor.password);
  // Four replies accepted as in A/65/99, then two more States asked and answering, one not yet.
  await enterA6599(client, ['AUS', 'FIN', 'GEO', 'IAEA']);
  await client
    .post('/api/cycles/A-65-99/invitations', {
      entityCodes: ['AUS', 'FIN', 'GEO', 'IAEA', 'MEX', 'JPN', 'CHN'],
      channel: 'NOTE_VERBALE',
      sentOn: '2010-02-19',
    })
    .expect(201);
  for (const [code, receivedOn] of [
    ['MEX', '2010-06-01'],
    ['JPN', '2010-06-20'],
  ]) {
    await client
      .put(`/api/cycles/A-65-99/replies/${code}`, {
        originalLanguage: 'en',
        receivedOn,
        texts: { en: { body: `The Government of ${code} has taken measures.` } },
        version: 0,
      })
      .expect(200);
    await client.post(`/api/cycles/A-65-99/replies/${code}/submit`).expect(200);
  }
});

async function fitsWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

it('an editor reads the overview and its chart, opens the filtered queue, steps to the next reply and exports the queue', async () => {
  const { page, t } = journey;
  await page.goto(`${t.baseUrl}/login`);
  await page.getByLabel('E-mail').fill(editorUser.email);
  await page.getByLabel('Password').fill(editorUser.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Welcome, Eve Editor' }).waitFor();

  // The overview: status, tiles that count and lead to the queue, replies over time against the cut-off.
  await page.goto(`${t.baseUrl}/cycles/A-65-99`);
  await page.getByRole('heading', { name: 'Replies received over time' }).waitFor();
  await page.getByText('6 replies received so far; cut-off date 23 June 2010.').waitFor();
  await page.locator('.chart canvas').first().waitFor();
  await page.getByText('Show the figures as a table').click();
  const table = page.getByRole('table', { name: 'Replies received over time' });
  // One row per day on which replies arrived, counts cumulative: by 20 June, all six.
  const lastDay = table.getByRole('row', { name: /20 June 2010/ });
  expect(await lastDay.getByRole('cell').last().textContent()).toBe('6');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '30-editor-overview');

  const submittedTile = page.getByRole('link', { name: /Submitted\s*2/ });
  await submittedTile.click();
  await page.waitForURL(/\/cycles\/A-65-99\/replies\?status=SUBMITTED$/);
  await page.getByText('2 replies').waitFor();
  await screenshot(page, '31-editor-filtered-queue');

  // The review page knows the queue it came from: reply 1 of 2, and the next one.
  await page.getByRole('link', { name: 'Japan' }).click();
  await page.getByRole('heading', { name: 'Review: Japan' }).waitFor();
  await page.getByText('Reply 1 of 2').waitFor();
  await page.getByRole('link', { name: 'Next: Mexico' }).click();
  await page.getByRole('heading', { name: 'Review: Mexico' }).waitFor();
  await page.getByRole('link', { name: 'Previous: Japan' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Back to the queue' }).click();
  await page.waitForURL(/\/replies\?status=SUBMITTED$/);

  // The queue as a spreadsheet, every invited entity in it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Excel (XLSX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('A-65-99-replies.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(readFileSync(await download.path())).buffer);
  const codes = workbook.worksheets[0].getColumn(1).values.slice(2);
  expect(codes).toEqual(expect.arrayContaining(['AUS', 'CHN', 'FIN', 'GEO', 'IAEA', 'JPN', 'MEX']));
  expect(codes).toHaveLength(7);

  // At phone width, nothing scrolls sideways; in Chinese and Arabic, the overview stays accessible.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${t.baseUrl}/cycles/A-65-99`);
  await page.getByRole('heading', { name: 'Replies received over time' }).waitFor();
  expect(await fitsWidth(page)).toBe(true);
  await screenshot(page, '32-editor-overview-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [language, heading] of [
    ['zh', '收到答复的时间分布'],
    ['ar', 'الردود الواردة على مر الوقت'],
  ]) {
    await page.getByLabel(/Language|语言|اللغة/).selectOption(language);
    await page.getByRole('heading', { name: heading }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `33-editor-overview-${language}`);
  }
});
