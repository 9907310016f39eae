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

/** The width of a phone (an iPhone 12 to 15 held upright): every page must work there. */
export const PHONE = { width: 390, height: 844 };

/**
 * Asserts that the page, as it is now, needs no horizontal scrolling on a phone: laid out at 390 px,
 * `document.documentElement.scrollWidth` must not exceed `innerWidth`. The failure names the elements
 * that stick out (and keeps a screenshot of them); the viewport is put back as it was.
 */
export async function expectFitsPhone(page: Page, name: string) {
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    const overflow = await page.evaluate(async () => {
      if (matchMedia('print').matches) return null; // a print preview is laid out on paper
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const { scrollWidth } = document.documentElement;
      if (scrollWidth <= innerWidth) return null;
      const clipped = (element: Element) => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) return true;
        }
        return false;
      };
      const all = [...document.body.querySelectorAll('*')].filter((element) => !clipped(element));
      // Boxes that stick out (the outermost: their children stick out with them), and boxes whose own
      // content, a long word or line, runs past them (the innermost).
      const outside = all.filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > innerWidth + 0.5 || box.left < -0.5);
      });
      const spilling = all.filter(
        (element) =>
          !outside.includes(element) &&
          getComputedStyle(element).overflowX === 'visible' &&
          element.scrollWidth > element.clientWidth + 1,
      );
      const outermost = [
        ...outside.filter((element) => !outside.some((other) => other !== element && other.contains(element))),
        ...spilling.filter((element) => !spilling.some((other) => other !== element && element.contains(other))),
      ];
      const describe = (element: Element) => {
        const box = element.getBoundingClientRect();
        const classes = [...element.classList].map((c) => `.${c}`).join('');
        const text = (element.textContent ?? '').trim().slice(0, 40);
        return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}> ${Math.round(box.left)}–${Math.round(box.right)} px "${text}"`;
      };
      return { scrollWidth, innerWidth, elements: outermost.slice(0, 6).map(describe) };
    });
    if (overflow) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone-overflow.png`), fullPage: true });
      throw new Error(
        `${name}: ${overflow.scrollWidth} px wide at ${overflow.innerWidth} px, scrolls sideways because of:\n  ${overflow.elements.join('\n  ')}`,
      );
    }
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/** A screenshot of the whole page, after checking that the page also fits a phone (`expectFitsPhone`). */
export async function screenshot(page: Page, name: string) {
  await expectFitsPhone(page, name);
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
