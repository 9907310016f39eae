import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CSRF_HEADER, LANGUAGE_COOKIE, type TLanguage } from '@replies/shared';
import { fillDemo, type DemoOutcome } from '../../apps/api/src/demo/demo';
import { PHONE, browserJourney, expectFitsPhone, seriousAccessibilityViolations } from '../setup/browser';

/**
 * Every screen of the portal on a phone, as each role sees it with the demonstration's data
 * (`npm run demo`), in English, Chinese and Arabic: no sideways scrolling at 390 px, and no serious
 * or critical axe-core violation.
 */
let demo: DemoOutcome;
const journey = browserJourney(async ({ t }) => {
  demo = await fillDemo(t.app);
});
const SCREENS = join(__dirname, '../../test-results/screens/phone');
const LANGUAGES: TLanguage[] = ['en', 'zh', 'ar'];

const slug = (symbol: string) => symbol.replace(/\//g, '-');

async function signInAs(key: 'admin' | 'editor' | 'focalPoint', language: TLanguage) {
  const { page, t } = journey;
  const account = demo.accounts.find((a) => a.key === key)!;
  await page.context().clearCookies();
  const login = await page.request.post(`${t.baseUrl}/api/auth/login`, {
    data: { email: account.email, password: account.password },
  });
  expect(login.ok()).toBe(true);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  // The interface follows the language kept with the account.
  const saved = await page.request.patch(`${t.baseUrl}/api/auth/me`, {
    data: { language },
    headers: { [CSRF_HEADER]: csrfToken },
  });
  expect(saved.ok()).toBe(true);
}

async function visit(path: string, language: TLanguage, name: string) {
  const { page, t } = journey;
  await page.goto(`${t.baseUrl}${path}`);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const label = `${name}-${language}`;
  await expectFitsPhone(page, label);
  expect({ page: label, violations: await seriousAccessibilityViolations(page) }).toEqual({
    page: label,
    violations: [],
  });
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${label}.png`) });
}

beforeAll(async () => {
  await journey.page.setViewportSize(PHONE);
});

it('the phone check sees a page that scrolls sideways, and one that does not', async () => {
  const { page } = journey;
  await page.setContent(
    '<main><p>Fits.</p><pre>a long line that does not wrap, wider than any phone held upright</pre></main>',
  );
  await expect(expectFitsPhone(page, '00-check-overflow')).rejects.toThrow(/scrolls sideways because of:\n {2}<pre>/);
  await page.setContent(
    '<main><p>Fits.</p><pre style="overflow-x: auto">a long line in its own scrolling box</pre></main>',
  );
  await expectFitsPhone(page, '00-check-fits');
});

it.each(LANGUAGES)(
  'the signed-out pages and the reading room (%s)',
  async (language) => {
    const { page } = journey;
    await page.context().clearCookies();
    // The language chosen on this browser before (the switch keeps it).
    await page.context().addCookies([{ name: LANGUAGE_COOKIE, value: language, url: journey.t.baseUrl }]);
    await visit('/login', language, '01-sign-in');
    await visit('/reset-password', language, '02-reset-password');
    await visit(`/reports?lang=${language}`, language, '03-reports');
    await visit(`/reports/A-65-99?lang=${language}`, language, '04-report');
    await visit(`/reports/A-65-99/replies/MAR?lang=${language}`, language, '05-full-text');
    await visit(`/reports/entities/MEX?lang=${language}`, language, '06-sender');
    await visit(`/reports/search?q=${encodeURIComponent('weapons')}&lang=${language}`, language, '07-search');
  },
  240_000,
);

it.each(LANGUAGES)(
  "the focal point's screens (%s)",
  async (language) => {
    const current = slug(demo.current.symbol);
    await signInAs('focalPoint', language);
    await visit('/', language, '10-focal-point-home');
    await visit('/cycles', language, '11-focal-point-cycles');
    await visit(`/cycles/${current}`, language, '12-focal-point-request');
    await visit(`/cycles/${current}/replies/FIN`, language, '13-focal-point-reply');
    await visit('/account', language, '14-focal-point-account');
  },
  240_000,
);

it.each(LANGUAGES)(
  "the editor's screens (%s)",
  async (language) => {
    const current = slug(demo.current.symbol);
    await signInAs('editor', language);
    await visit('/', language, '20-editor-home');
    await visit('/cycles', language, '21-cycles');
    await visit('/cycles/new', language, '22-new-cycle');
    await visit(`/cycles/${current}`, language, '23-overview');
    await visit(`/cycles/${current}/invitations`, language, '24-invitations');
    await visit(`/cycles/${current}/replies`, language, '25-queue');
    await visit(`/cycles/${current}/review/FRA`, language, '26-review-over-limit');
    await visit(`/cycles/${current}/report`, language, '27-report');
    await visit(`/cycles/${current}/settings`, language, '28-settings');
    await visit(`/cycles/${current}/audit`, language, '29-audit');
    await visit('/cycles/A-65-99/report', language, '30-published-report');
    await visit('/cycles/A-65-99/review/MAR', language, '31-review-published');
    await visit('/outbox', language, '32-outbox');
  },
  360_000,
);

it.each(LANGUAGES)(
  "the administrator's screens (%s)",
  async (language) => {
    await signInAs('admin', language);
    await visit('/', language, '40-admin-home');
    await visit('/admin/users', language, '41-users');
    await visit('/admin/entities', language, '42-entities');
    await visit('/admin/offices', language, '43-offices');
    await visit('/account', language, '44-admin-account');
  },
  240_000,
);
