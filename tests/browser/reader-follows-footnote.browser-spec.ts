import { readFileSync } from 'node:fs';
import { overrideAppConfig } from '../../apps/api/src/config/config';
import { enterA6599 } from '../factories/a-65-99';
import { createUser } from '../factories/users';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';
import { signIn } from '../setup/test-app';

const journey = browserJourney(async ({ t }) => {
  // The footnotes print the portal's public address: here, this test's server.
  overrideAppConfig({ publicUrl: t.baseUrl });
  const editor = await createUser(t.prisma, { role: 'EDITOR' });
  const client = await signIn(t.http, editor.email, editor.password);
  await enterA6599(client, ['AUS', 'FIN', 'GEO', 'MEX', 'IAEA', 'OPCW']);
  await client.post('/api/cycles/A-65-99/publish', { languages: ['en', 'zh'] }).expect(201);
});

it('a reader opens /reports, follows a footnote to the full text, and downloads the Word version', async () => {
  const { page, t } = journey;
  await page.goto(`${t.baseUrl}/reports`);
  await page.getByRole('heading', { name: 'Published reports' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '20-public-reports');

  await page.getByRole('link', { name: 'A/65/99' }).click();
  await page.getByRole('heading', { name: 'II. Replies received from Governments' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '21-public-report');

  // The asterisk after "Australia" leads to its footnote, whose link is the full text's address.
  await page.locator('#entry-AUS').getByRole('link', { name: '*' }).click();
  const footnote = page.locator('#fn-1');
  await footnote.getByRole('link', { name: `${t.baseUrl}/reports/A-65-99/replies/AUS` }).click();
  await page.getByRole('heading', { name: 'Australia', level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/reports/A-65-99/replies/AUS');
  await page.getByText('The reply continues with a detailed account').first().waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '22-public-full-text');

  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: '中文' }).click();
  await page.getByText('防止恐怖分子获取大规模毁灭性武器是澳大利亚政府的一项国际安全优先事项。').waitFor();

  await page.goto(`${t.baseUrl}/reports/A-65-99?lang=en`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download DOCX' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('A-65-99-en.docx');
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // Readable on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${t.baseUrl}/reports/A-65-99?lang=zh`);
  await page.getByRole('heading', { name: '二. 从会员国收到的答复' }).waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, '23-public-report-phone-zh');
});
