import { createUser } from '../factories/users';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';

const journey = browserJourney();

async function signInAs(email: string, password: string) {
  const { page } = journey;
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

it('an administrator creates a focal point for Finland, who then signs in', async () => {
  const { page, t } = journey;
  const admin = await createUser(t.prisma, { role: 'ADMIN', name: 'Ada Admin' });

  await page.goto(`${t.baseUrl}/admin/users`);
  await page.getByRole('heading', { name: 'Sign in to Replies' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '01-sign-in');

  await signInAs(admin.email, 'wrong-password-here');
  await page.getByRole('alert').filter({ hasText: 'E-mail or password is incorrect.' }).waitFor();
  expect(await page.getByLabel('E-mail').inputValue()).toBe(admin.email);

  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Back on the page she asked for before signing in.
  await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/admin/users');
  await screenshot(page, '02-admin-users');
  await page.getByLabel('E-mail').fill('aino.virtanen@formin.fi');
  await page.getByLabel('Name', { exact: true }).fill('Aino Virtanen');
  await page.getByLabel('Password').fill('helsinki-2010');
  await page.getByLabel('Role', { exact: true }).selectOption('FOCAL_POINT');
  await page.getByLabel('Entity', { exact: true }).selectOption('FIN');
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByRole('status').filter({ hasText: 'User created.' }).waitFor();
  await page.getByRole('cell', { name: 'aino.virtanen@formin.fi' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '03-user-created');

  const stored = await t.prisma.user.findUniqueOrThrow({ where: { email: 'aino.virtanen@formin.fi' } });
  expect(stored).toMatchObject({ role: 'FOCAL_POINT', entityCode: 'FIN', name: 'Aino Virtanen' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Replies' }).waitFor();

  await signInAs('aino.virtanen@formin.fi', 'helsinki-2010');
  await page.getByRole('heading', { name: 'Welcome, Aino Virtanen' }).waitFor();
  await page.getByText('Focal point for Finland').waitFor();
  expect(await page.getByRole('navigation').getByRole('link', { name: 'Users' }).count()).toBe(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '04-focal-point-home');

  // The interface speaks Chinese too, and the choice is kept.
  await page.getByLabel('Language').selectOption('zh');
  await page.waitForFunction(() => document.documentElement.lang === 'zh');
  await page.getByText('芬兰').first().waitFor();
  await screenshot(page, '05-focal-point-home-zh');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === 'zh');

  // And in Arabic, right to left, as in the four other official languages.
  await page.locator('select').first().selectOption('ar');
  await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
  await page.getByText('فنلندا').first().waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '06-focal-point-home-ar');
  await page.locator('select').first().selectOption('fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr' && document.documentElement.dir === 'ltr');
  await page.getByText('Finlande').first().waitFor();
});
