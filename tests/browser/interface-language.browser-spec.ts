import type { Browser, BrowserContext } from 'playwright-core';
import { createUser } from '../factories/users';
import {
  expectFitsPhone,
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
  startServedApp,
} from '../setup/browser';

/**
 * The interface speaks the browser's language before sign-in (its first language among the six),
 * then the one kept with the account; a choice made with the language switch outlasts both until
 * sign-in. The sign-in page has its skip link, and the product's name is in each language.
 */
let t: Awaited<ReturnType<typeof startServedApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  t = await startServedApp();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function pageIn(locale: string) {
  const context = await browser.newContext({ locale, bypassCSP: true });
  contexts.push(context);
  return context.newPage();
}

it('a Chinese browser gets the sign-in page in Chinese, with its skip link', async () => {
  const page = await pageIn('zh-CN');
  await page.goto(`${t.baseUrl}/login`);
  await page.getByRole('heading', { name: '登录“答复”' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('zh');
  expect(await page.title()).toContain('答复');

  // The first Tab reaches the skip link, which leads to the form.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳至主要内容' });
  expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('email');

  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '60-sign-in-chinese-browser');
});

it('an Arabic browser gets it in Arabic, right to left; the account’s language takes over after sign-in', async () => {
  const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FRA', name: 'Claire Martin' });
  await t.prisma.user.update({ where: { id: user.id }, data: { language: 'fr' } });
  const page = await pageIn('ar-EG');
  await page.goto(`${t.baseUrl}/login`);
  await page.getByRole('heading', { name: 'تسجيل الدخول إلى بوابة الردود' }).waitFor();
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
    'ar',
    'rtl',
  ]);
  expect(await page.locator('.brand').textContent()).toBe('الردود');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '61-sign-in-arabic-browser');

  await page.getByLabel('البريد الإلكتروني').fill(user.email);
  await page.getByLabel('كلمة المرور').fill(user.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await page.getByRole('heading', { name: 'Bienvenue, Claire Martin' }).waitFor();
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
    'fr',
    'ltr',
  ]);
  expect(await page.locator('.brand').textContent()).toBe('Réponses');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '62-home-in-the-account-language');
});

it('a language chosen on the sign-in page stays on that browser, whatever its own', async () => {
  const page = await pageIn('en-US');
  await page.goto(`${t.baseUrl}/login`);
  await page.getByRole('heading', { name: 'Sign in to Replies' }).waitFor();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await page.getByRole('heading', { name: 'Вход в портал «Ответы»' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Вход в портал «Ответы»' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  await expectFitsPhone(page, '63-sign-in-russian');
});
