/**
 * `npm run bench:web`: the web app in real Chromium.
 *
 * First, what a first visit downloads (issue 13, item 7): every script and style of the login page
 * and of a focal point's home page, with an empty cache, in bytes as sent (the build's Brotli files)
 * and as executed, against the targets (scripts under 100 kB for the login page, under 150 kB for the
 * first load of the app); then what a second visit fetches again (nothing: hashed files are immutable).
 *
 * Then the reply form. How long a keystroke takes, from the key
 * event to the next frame (with no tracer attached), and how much CPU time it costs the page's main
 * thread (from Chromium's trace, in a second pass of typing), while typing into a 5,000-word reply (issue 13, item 7), against a bare textarea holding the
 * same text, and against that textarea in the portal's style (font, size, line height, width: what the
 * browser's own editing costs there, with no script of the app); at full speed and with the CPU slowed
 * four times (an office laptop). Reported, not asserted: the targets are printed beside the figures,
 * and the reply form's cost as a multiple of each textarea's, measured in the same runs.
 *
 * The built API and web app on an embedded PostgreSQL of their own, as `npm start` runs them; Debian's
 * Chromium through playwright-core. Keys come one at a time at a typist's pace, so each measure is
 * the cost of one keystroke and not of a queue. Run it on a quiet machine: other load shows.
 *
 * `npm run bench:web -- --keys 300 --rounds 2` types more keys per run (default 150) and repeats the
 * runs (at most 4 rounds; default 1); `-- --only load` or `-- --only keys` runs one of the two parts.
 */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { chromium } = require('playwright-core');
const { NestFactory } = require('@nestjs/core');
const dist = (path) => require(join(import.meta.dirname, '../apps/api/dist', path));
const { AppModule } = dist('app.module.js');
const { configureApp } = dist('configure-app.js');
const { createDatabase } = dist('database/create-database.js');
const { startEmbeddedPostgres } = dist('database/embedded-postgres.js');
const { migrateDatabase } = dist('database/migrations.js');
const { createPrismaClient } = dist('database/prisma.service.js');
const { loadReferenceData } = dist('modules/entities/load-reference-data.js');
const { hashPassword } = dist('modules/auth/passwords.js');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const option = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const KEYS = option('--keys', 150);
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const ROUNDS = Math.min(4, option('--rounds', 1));
/** Between two keys: about 100 words a minute, a fast typist. */
const KEY_INTERVAL_MS = 120;
const TARGETS = { 1: 16, 4: 50 };
/** Compressed scripts of a first visit, in kB (1,000 bytes). */
const LOAD_TARGETS = { login: 100, app: 150 };
const PASSWORD = 'bench-password';
/** Each run of the reply form types into a reply of its own, fresh, as in a new session. */
const ENTITIES = ['FIN', 'SWE', 'NOR', 'DNK', 'ISL', 'EST', 'LVA', 'LTU'];
const READERS = { zh: 'CHN', ar: 'EGY' };

/** 5,000 words in paragraphs of 100, as a long reply is written. */
const paragraph = (n) =>
  `${n}. The Government continued to strengthen its national measures to prevent terrorists from acquiring weapons of mass destruction, their means of delivery and related materials, in cooperation with its regional and international partners, and reported on them to the Committee established pursuant to resolution 1540 (2004); the national authority reviewed the export control lists, trained customs officers at the borders and ports, and shared information with the International Atomic Energy Agency and other relevant organizations, as in previous years. Its experts took part in regional workshops, answered the questions of the Committee and published a national action plan last year.`;
const REPLY = Array.from({ length: 50 }, (_, i) => paragraph(i + 1)).join('\n\n');
const TYPED = ' The national authority also adopted new regulations on brokering and transit in 2025.';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function startPortal() {
  const pg = await startEmbeddedPostgres({ dir: mkdtempSync(join(tmpdir(), 'replies-bench-web-')), ephemeral: true });
  try {
    await createDatabase(pg.serverUrl, 'bench');
    const url = pg.urlFor('bench');
    await migrateDatabase(url);
    const prisma = createPrismaClient(url);
    await loadReferenceData(prisma);
    const passwordHash = await hashPassword(PASSWORD);
    await prisma.user.createMany({
      data: [
        { email: 'editor@bench.localhost', name: 'Bench Editor', role: 'EDITOR', passwordHash },
        ...ENTITIES.map((entityCode) => ({
          email: `${entityCode.toLowerCase()}@bench.localhost`,
          name: `Focal point ${entityCode}`,
          role: 'FOCAL_POINT',
          entityCode,
          passwordHash,
        })),
        // Focal points whose interface is in Chinese and in Arabic, for the first load of their home page.
        ...Object.entries(READERS).map(([language, entityCode]) => ({
          email: `${language}@bench.localhost`,
          name: `Focal point ${entityCode}`,
          role: 'FOCAL_POINT',
          entityCode,
          language,
          passwordHash,
        })),
      ],
    });
    await prisma.$disconnect();
    const app = configureApp(await NestFactory.create(AppModule.forDatabase(url), { logger: ['error'] }));
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    return { base, stop: async () => (await app.close(), await pg.stop()) };
  } catch (error) {
    await pg.stop();
    throw error;
  }
}

/** The editor opens a cycle and invites the entities, through the API as the portal's screens do. */
async function openCycle(base) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'editor@bench.localhost', password: PASSWORD }),
  });
  const { csrfToken } = await login.json();
  const headers = {
    'Content-Type': 'application/json',
    cookie: login.headers.get('set-cookie').split(';')[0],
    'X-CSRF-Token': csrfToken,
  };
  const post = async (path, body) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  };
  await post('/api/cycles', {
    symbol: 'A/99/1',
    resolution: '98/1',
    officeCode: 'ODA',
    session: 99,
    title: { en: 'Measures to prevent terrorists from acquiring weapons of mass destruction' },
    noteVerbaleOn: '2030-02-01',
    orgLettersOn: ['2030-02-01'],
    cutoffOn: '2099-06-30',
    replyWordLimit: 1500,
    summaryWordLimit: 500,
  });
  await post('/api/cycles/A-99-1/invitations', {
    entityCodes: [...ENTITIES, ...Object.values(READERS)],
    channel: 'NOTE_VERBALE',
    sentOn: '2030-02-01',
  });
}

/**
 * Every script and style a page downloaded, from the browser's resource timing: bytes as sent
 * (`encodedBodySize`; 0 when served from the cache, see `transferSize`) and as executed.
 */
async function downloadedFiles(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\.(js|css)$/.test(new URL(entry.name).pathname))
      .map((entry) => ({
        kind: new URL(entry.name).pathname.endsWith('.css') ? 'css' : 'js',
        name: new URL(entry.name).pathname,
        sent: entry.encodedBodySize,
        size: entry.decodedBodySize,
        fromNetwork: entry.transferSize > 0,
      })),
  );
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function describeLoad(label, files, target) {
  const js = files.filter((f) => f.kind === 'js');
  const css = files.filter((f) => f.kind === 'css');
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  const sent = sum(js, 'sent');
  const verdict = target
    ? sent < target * 1000
      ? `  PASS (target under ${target} kB)`
      : `  OVER TARGET (${target} kB)`
    : '';
  return `  ${label.padEnd(44)} scripts ${kB(sent).padStart(9)} in ${String(js.length).padStart(2)} files (${kB(sum(js, 'size'))} executed), styles ${kB(sum(css, 'sent'))}${verdict}`;
}

/** A first visit with an empty cache, in a browser set to `locale`; signed in first when `email` is given. */
async function firstVisit(browser, base, { path, locale, email, ready }) {
  const context = await browser.newContext({ locale });
  try {
    if (email) {
      const login = await context.request.post(`${base}/api/auth/login`, { data: { email, password: PASSWORD } });
      if (!login.ok()) throw new Error(`sign-in of ${email}: ${login.status()}`);
    }
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await ready(page);
    await page.waitForLoadState('networkidle');
    const first = await downloadedFiles(page);
    // The same page opened again: the hashed files come from the cache without asking the server.
    await page.goto('about:blank');
    await page.goto(`${base}${path}`);
    await ready(page);
    await page.waitForLoadState('networkidle');
    const again = (await downloadedFiles(page)).filter((f) => f.fromNetwork);
    return { first, again };
  } finally {
    await context.close();
  }
}

async function measureLoads(browser, base) {
  const login = { path: '/login', ready: (page) => page.locator('form button[type="submit"]').waitFor() };
  const home = {
    path: '/',
    email: 'fin@bench.localhost',
    ready: (page) => page.locator('h1').first().waitFor(),
  };
  const visits = [
    ['login page, English browser', { ...login, locale: 'en-GB' }, LOAD_TARGETS.login],
    ['login page, Chinese browser', { ...login, locale: 'zh-CN' }, LOAD_TARGETS.login],
    ['login page, Arabic browser', { ...login, locale: 'ar' }, LOAD_TARGETS.login],
    ["focal point's home page, signed in (English)", { ...home, locale: 'en-GB' }, LOAD_TARGETS.app],
    [
      "focal point's home page, signed in (Chinese)",
      { ...home, email: 'zh@bench.localhost', locale: 'zh-CN' },
      LOAD_TARGETS.app,
    ],
    [
      "focal point's home page, signed in (Arabic)",
      { ...home, email: 'ar@bench.localhost', locale: 'ar' },
      LOAD_TARGETS.app,
    ],
  ];
  console.log('What a first visit downloads (empty cache; kB of 1,000 bytes, as sent and as executed):');
  for (const [label, visit, target] of visits) {
    const { first, again } = await firstVisit(browser, base, visit);
    console.log(describeLoad(label, first, target));
    if (process.argv.includes('--files'))
      for (const f of first) console.log(`      ${kB(f.sent).padStart(9)}  ${f.name}`);
    console.log(`  ${''.padEnd(44)} opened again: ${again.length} scripts or styles fetched from the server`);
  }
}

/**
 * From each keydown to the frame that follows it: the event's own timestamp (taken when the key was
 * sent, so waiting behind earlier work counts), then a task queued from the next animation frame,
 * which runs once that frame is produced.
 */
function installProbe() {
  window.__keyLatencies = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__keyLatencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

/**
 * The work each keystroke causes on the page's main thread, whenever it runs: the CPU time of every
 * task from one keydown to the next (deferred counting included), from Chromium's trace. Unlike the
 * time to the next frame, it hardly moves with the load of other processes on the machine.
 */
function cpuPerKeystroke(traceEvents) {
  const keydowns = traceEvents.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (keydowns.length === 0) return [];
  const { pid, tid } = keydowns[0];
  const tasks = traceEvents.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid && e.tdur !== undefined,
  );
  const starts = keydowns.map((e) => e.ts).sort((a, b) => a - b);
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? start + KEY_INTERVAL_MS * 1000;
    const micros = tasks.filter((t) => t.ts + t.dur > start && t.ts < end).reduce((sum, t) => sum + t.tdur, 0);
    return micros / 1000;
  });
}

async function typeKeys(page) {
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(TYPED[i % TYPED.length]);
    await sleep(KEY_INTERVAL_MS);
  }
  await sleep(500);
}

/**
 * Two passes of typing: the first, with no tracer attached, times each key to the next frame; the second
 * records Chromium's trace for the CPU time per key. A tracer records every event the page runs and
 * slows it (by about half at 4×, even for a bare textarea), so the latencies come from the untraced pass.
 */
async function typeAndMeasure(browser, page, field) {
  await field.focus();
  await page.keyboard.press('Control+End');
  await page.evaluate(installProbe);
  await typeKeys(page);
  const frame = await page.evaluate(() => window.__keyLatencies);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await typeKeys(page);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  return { frame, cpu: cpuPerKeystroke(traceEvents) };
}

async function measure(browser, rate, scenario) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  try {
    const field = await scenario.open(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return await typeAndMeasure(browser, page, field);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.close();
  }
}

const bareTextarea = {
  name: 'bare textarea',
  async open(page) {
    await page.setContent('<textarea id="text" rows="18" cols="80"></textarea>');
    const field = page.locator('#text');
    await field.fill(REPLY);
    return field;
  },
};

/** The reply form's text area as laid out: the styled textarea takes its width. */
let replyFieldWidth = 720;

/**
 * The same textarea in the portal's style sheet and at the reply form's width, on the sign-in page (the
 * server's, styled with the app's sheet) with its content taken away: the browser's editing of that
 * text, and nothing else.
 */
const styledTextarea = (base) => ({
  name: 'styled textarea',
  async open(page) {
    await page.goto(`${base}/login`);
    await page.locator('form button[type="submit"]').waitFor();
    await page.evaluate(
      ({ width, lang }) => {
        const field = document.createElement('textarea');
        Object.assign(field, { id: 'text', rows: 18, lang, dir: 'ltr' });
        field.style.inlineSize = `${width}px`;
        const main = document.createElement('main');
        main.append(field);
        document.querySelector('.app').replaceWith(main);
      },
      { width: replyFieldWidth, lang: 'en' },
    );
    const field = page.locator('#text');
    await field.fill(REPLY);
    return field;
  },
});

const replyForm = (base, entityCode) => ({
  name: 'reply form',
  async open(page) {
    await page.goto(`${base}/login`);
    await page.getByLabel('E-mail').fill(`${entityCode.toLowerCase()}@bench.localhost`);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: `Welcome, Focal point ${entityCode}` }).waitFor();
    await page.goto(`${base}/cycles/A-99-1/replies/${entityCode}`);
    const field = page.getByLabel('Reply text');
    replyFieldWidth = await field.evaluate((element) => element.getBoundingClientRect().width);
    await field.fill(REPLY);
    await page.getByText('5,000 words of 1,500').waitFor();
    // The draft saved, as after a pause in a real session.
    await page.getByText(/^Saved at/).waitFor({ timeout: 15000 });
    return field;
  },
});

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const fmt = (ms) => `${ms.toFixed(1).padStart(6)} ms`;
  return {
    p95: percentile(sorted, 95),
    text: `median ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}`,
  };
};

const FORM = 'reply form';

function report(name, rate, { frame, cpu }) {
  const toFrame = stats(frame);
  const verdict = name !== FORM ? '' : toFrame.p95 < TARGETS[rate] ? '  PASS' : '  OVER TARGET';
  return [
    `  ${name.padEnd(16)} CPU ${rate}×  to next frame: ${toFrame.text}${verdict}`,
    `  ${''.padEnd(16)}         main-thread CPU per key: ${stats(cpu).text}  (${frame.length} keys)`,
  ].join('\n');
}

/** The reply form's cost as a multiple of a textarea's, measured in the same runs: medians and p95s. */
function ratios(results, rate, baseline) {
  const form = results.get(`${FORM}|${rate}`);
  const base = results.get(`${baseline}|${rate}`);
  const ratio = (values, of, p) =>
    (
      percentile(
        [...values].sort((a, b) => a - b),
        p,
      ) /
      percentile(
        [...of].sort((a, b) => a - b),
        p,
      )
    ).toFixed(2);
  return `  ${FORM} ÷ ${baseline}, CPU ${rate}×: to next frame ${ratio(form.frame, base.frame, 50)}× (p95 ${ratio(form.frame, base.frame, 95)}×), CPU per key ${ratio(form.cpu, base.cpu, 50)}× (p95 ${ratio(form.cpu, base.cpu, 95)}×)`;
}

async function main() {
  const portal = await startPortal();
  const browser = await chromium.launch({
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
  try {
    await openCycle(portal.base);
    if (ONLY !== 'keys') await measureLoads(browser, portal.base);
    if (ONLY === 'load') return;
    console.log(
      `Typing at the end of a 5,000-word reply, one key every ${KEY_INTERVAL_MS} ms. Keystroke to next frame (targets: p95 under ${TARGETS[1]} ms, under ${TARGETS[4]} ms with the CPU slowed 4×), and the main thread's CPU time per keystroke:`,
    );
    const loadBefore = loadavg()[0];
    // Rounds alternate the scenarios, so that load from elsewhere on the machine falls on both alike.
    const results = new Map();
    const entities = [...ENTITIES];
    for (let round = 0; round < ROUNDS; round++) {
      for (const rate of [1, 4]) {
        for (const scenario of [bareTextarea, replyForm(portal.base, entities.shift()), styledTextarea(portal.base)]) {
          const key = `${scenario.name}|${rate}`;
          const { frame, cpu } = await measure(browser, rate, scenario);
          const soFar = results.get(key) ?? { frame: [], cpu: [] };
          results.set(key, { frame: [...soFar.frame, ...frame], cpu: [...soFar.cpu, ...cpu] });
        }
      }
    }
    for (const [key, measures] of results) {
      const [name, rate] = key.split('|');
      console.log(report(name, Number(rate), measures));
    }
    for (const rate of [1, 4])
      for (const baseline of [bareTextarea.name, 'styled textarea']) console.log(ratios(results, rate, baseline));
    const after = loadavg().map((load) => load.toFixed(2));
    console.log(
      `  load average (2 cores): ${loadBefore.toFixed(2)} when typing began; ${after.join(' / ')} at the end (1 / 5 / 15 minutes)`,
    );
  } finally {
    await browser.close();
    await portal.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
