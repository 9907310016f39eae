import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { webDistDir } from '../../apps/api/src/configure-app';
import { startTestApp, type TestApp } from './test-app';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '../../test-results/screens');

/** Debian's Chromium, headless, without the background traffic this closed network refuses. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not at ${CHROMIUM}: run "apt-get install -y chromium" (.ci/run does).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The real app on its own database, listening on a free port and serving the built web app. */
export async function startServedApp(): Promise<TestApp & { baseUrl: string }> {
  if (!existsSync(join(webDistDir(), 'index.html'))) {
    throw new Error('The web app is not built: `npm test` builds it first (npm run build -w apps/web).');
  }
  const t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  const address = t.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { ...t, baseUrl: `http://127.0.0.1:${port}` };
}

/** Runs axe-core in the page; returns the serious and critical violations, described for a readable failure. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run();
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface Journey {
  t: TestApp & { baseUrl: string };
  browser: Browser;
  page: Page;
}

/**
 * Declares the set-up of a browser journey: the served app on its own database, Chromium, and a
 * page. axe-core is injected as an inline script, which the portal's Content-Security-Policy rightly
 * refuses, so the page bypasses CSP. `prepare` runs after the app starts (data through the API).
 */
export function browserJourney(prepare?: (journey: Journey) => Promise<void>): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    journey.t = await startServedApp();
    await prepare?.(journey);
    journey.browser = await launchChromium();
    journey.page = await journey.browser.newPage({ bypassCSP: true, acceptDownloads: true });
  }, 120_000);
  afterAll(async () => {
    await journey.browser?.close();
    await journey.t?.close();
  });
  return journey;
}
