import { enterA6599 } from '../factories/a-65-99';
import { createUser } from '../factories/users';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';
import { signIn } from '../setup/test-app';

const journey = browserJourney();

it('an editor previews the compiled report with its checks, in Chinese, and publishes it', async () => {
  const { page, t } = journey;
  const editor = await createUser(t.prisma, { role: 'EDITOR', name: 'Eve Editor' });
  await enterA6599(await signIn(t.http, editor.email, editor.password), ['AUS', 'FIN', 'GEO', 'MAR', 'IAEA', 'OPCW']);

  await page.goto(`${t.baseUrl}/login`);
  await page.getByLabel('E-mail').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Welcome, Eve Editor' }).waitFor();
  await page.goto(`${t.baseUrl}/cycles/A-65-99`);
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await page.getByRole('heading', { name: 'Report preview' }).waitFor();

  const checks = page.getByRole('region', { name: 'Checks before publishing' });
  await checks.getByText(/Length: [\d,]+ words of 8,500/).waitFor();
  await page.getByLabel('Report language').selectOption('zh');
  const preview = page.frameLocator('iframe[title="Report preview"]');
  await preview.getByRole('heading', { name: '二. 从会员国收到的答复' }).waitFor();
  await preview.getByText('［原件：法文］').waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '40-report-preview-zh');

  await page.getByRole('button', { name: 'Publish the report' }).click();
  await page.getByRole('button', { name: 'Publish now' }).click();
  await page.getByText(/Published as A\/65\/99 on/).waitFor();
  await screenshot(page, '41-report-published');
  const publication = await t.prisma.publication.findFirstOrThrow();
  expect(publication.languages).toEqual(expect.arrayContaining(['zh', 'en']));

  await page.getByRole('link', { name: 'Open the public page' }).click();
  await page.getByRole('heading', { name: '二. 从会员国收到的答复' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/reports/A-65-99');
});
