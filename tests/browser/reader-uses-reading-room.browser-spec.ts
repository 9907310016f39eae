import type { Page } from 'playwright-core';
import { enterA6599 } from '../factories/a-65-99';
import { createUser } from '../factories/users';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';
import { signIn } from '../setup/test-app';

const journey = browserJourney(async ({ t }) => {
  const editor = await createUser(t.prisma, { role: 'EDITOR' });
  const client = await signIn(t.http, editor.email, editor.password);
  await enterA6599(client, ['AUS', 'FIN', 'MAR', 'NOR', 'IAEA', 'LAS']);
  await client.post('/api/cycles/A-65-99/publish', { languages: ['en', 'zh', 'ar'] }).expect(201);
});

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(VIEWPORTS)('at $name width', (viewport) => {
  it('a reader goes from the report to a full text by its index, and back to the entry', async () => {
    const { page, t } = journey;
    await page.setViewportSize(viewport);
    await page.goto(`${t.baseUrl}/reports/A-65-99?lang=en`);
    await page.getByRole('link', { name: 'Full texts of the replies' }).click();
    const index = page.getByRole('region', { name: /Full texts of the replies/ });
    await index.getByRole('table').waitFor();
    expect(new URL(page.url()).hash).toBe('#replies');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await index.screenshot({ path: `test-results/screens/30-reading-room-index-${viewport.name}.png` });

    await index.getByRole('rowheader', { name: 'Morocco' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Morocco', level: 1 }).waitFor();
    await page.getByText('French', { exact: true }).waitFor();
    await page.getByText('English (translation)').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `31-reading-room-full-text-${viewport.name}`);

    await page.getByRole('link', { name: 'This reply in the report' }).click();
    await page.locator('#entry-MAR').waitFor();
    expect(new URL(page.url()).hash).toBe('#entry-MAR');
    const entry = await page.locator('#entry-MAR h3').boundingBox();
    expect(entry!.y).toBeGreaterThan(-2);
    expect(entry!.y).toBeLessThan(viewport.height);
  });

  it.each(['zh', 'ar'] as const)('the index and a full text read in %s, and pass axe', async (language) => {
    const { page, t } = journey;
    await page.setViewportSize(viewport);
    await page.goto(`${t.baseUrl}/reports/A-65-99?lang=${language}#replies`);
    const table = page.locator('#replies table');
    await table.waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page
      .locator('#replies')
      .screenshot({ path: `test-results/screens/32-reading-room-index-${language}-${viewport.name}.png` });

    await table.getByRole('link', { name: language === 'zh' ? '澳大利亚' : 'أستراليا' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `33-reading-room-full-text-${language}-${viewport.name}`);
  });

  it('the search form fits, its fields do not overlap, and results mark the passage', async () => {
    const { page, t } = journey;
    await page.setViewportSize(viewport);
    await page.goto(`${t.baseUrl}/reports/search?lang=zh`);
    await page.getByLabel('搜索词').fill('国际安全');
    await page.getByLabel('国家或组织').selectOption({ label: '澳大利亚' });
    const boxes = await page.locator('form.search .field').evaluateAll((fields) =>
      fields.map((field) => {
        const r = field.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    for (const [i, a] of boxes.entries()) {
      expect(a.right).toBeLessThanOrEqual(viewport.width);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart).toBe(true);
      }
    }
    // Labels of one row start at the same height.
    const labelTops = await page
      .locator('form.search .field:not(.query) label')
      .evaluateAll((labels) => labels.map((l) => Math.round(l.getBoundingClientRect().top)));
    const fieldTops = boxes.slice(1).map((b) => Math.round(b.top));
    expect(labelTops).toEqual(fieldTops);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '搜索' }).click();
    await page.locator('mark', { hasText: '国际安全' }).first().waitFor();
    expect(await page.locator('ol.results li').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `34-reading-room-search-zh-${viewport.name}`);
  });
});

it('the report prints on A4 without the site around it', async () => {
  const { page, t } = journey;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${t.baseUrl}/reports/A-65-99?lang=en`);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  expect(await page.locator('#replies').isVisible()).toBe(false);
  expect(await page.getByRole('heading', { name: 'II. Replies received from Governments' }).isVisible()).toBe(true);
  await screenshot(page, '35-reading-room-print');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  expect(sizes.length).toBeGreaterThan(1);
  for (const size of sizes) expect(size).toEqual([595, 842]);
  await page.emulateMedia({ media: 'screen' });
});
