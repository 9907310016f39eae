/**
 * `npm run bench` (third part): hostile input.
 * 1. Compiling a report that holds one 500,000-character adversarial reply (the shapes that made
 *    patterns backtrack and comparisons explode) costs at most twice an ordinary reply of the same
 *    length (target: ratio ≤ 2). The repetition check and the diff of such texts, for reference.
 * 2. /api/health stays fast while four DOCX compilations of 250 replies run at once (they run in the
 *    worker threads): its p99, measured by a client in its own process (target: under 50 ms).
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { diffTexts, findRepeatedPassages, MAX_REPLY_CHARACTERS } from '@replies/shared';
import { AppModule } from '../app.module';
import { createLogger } from '../common/logger';
import { appConfig } from '../config/config';
import { configureApp } from '../configure-app';
import { createDatabase } from '../database/create-database';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrateDatabase } from '../database/migrations';
import { createPrismaClient } from '../database/prisma.service';
import { hashPassword } from '../modules/auth/passwords';
import { buildReport, type CompilationInput } from '../modules/compilation/model/build-report';
import { reportChecks } from '../modules/compilation/model/checks';
import { render } from '../modules/compilation/render/render';
import { seedBenchCycle } from './seed';
import { benchCycle } from './bench-cycle';

const ROUNDS = 5;
const COMPILATIONS = 4;
const TARGET_RATIO = 2;
const TARGET_HEALTH_P99_MS = 50;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function fill(unit: (i: number) => string, length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += unit(i);
  return text.slice(0, length);
}

/**
 * Every shape that used to cost more than linear time, in turn, up to `length` characters, in lines
 * at least as long as an ordinary reply's: what is compared is the cost per character, not the cost
 * of Word paragraphs (measured on its own, for reference, with one-word lines).
 */
function adversarialReply(length: number): string {
  const shapes = [
    (i: number) => `1.${'1'.repeat(300 + (i % 40))}a then some text\n`, // paragraph numbers that never end
    (i: number) => `See http://example.org/${i}${'.'.repeat(40_000)}x\n`, // an address, then 40,000 dots
    (i: number) => `${'Measure is in force. '.repeat(13)}${i}\n`, // the same short sentence, again and again
    (i: number) => `${'\t'.repeat(i % 40)}${['•', '–', 'o', '(iv)', 'a)'][i % 5]} ${ordinaryParagraph(i).slice(4)}`, // deep bullets
    (i: number) => `${'中文ع'.repeat(90)}${i}\n`, // mixed scripts without spaces
    (i: number) => `${'1.1.'.repeat(70)} ${'(a) '.repeat(10)}${i}\n`, // numbering made of numbering
  ];
  return fill((i) => shapes[i % shapes.length](i), length);
}

/** Lines of one word each: as many Word paragraphs as 500,000 characters can make room for. */
const oneWordLines = (length: number) => fill((i) => `• w${i % 10}\n`, length);

const ordinaryParagraph = (i: number) =>
  `${i + 1}. The Government continued to strengthen its national measures to prevent terrorists from acquiring weapons of mass destruction, their means of delivery and related materials, in cooperation with international partners and in accordance with resolution 64/38.\n`;

function inputWith(body: string): CompilationInput {
  return {
    cycle: benchCycle('A/99/998'),
    language: 'en',
    addendum: 0,
    replies: [
      {
        entity: {
          code: 'FIN',
          type: 'STATE',
          names: { en: 'Finland', fr: null, es: null, ru: null, zh: null, ar: null },
        },
        status: 'ACCEPTED',
        originalLanguage: 'en',
        receivedOn: '2030-05-01',
        decision: 'FULL',
        webOnly: false,
        texts: { en: { body, summary: null } },
      },
    ],
    fullTextUrl: (code) => `http://localhost/reports/A-99-998/replies/${code}`,
  };
}

async function compileAll(input: CompilationInput) {
  const document = buildReport(input);
  for (const format of ['HTML', 'MD', 'DOCX', 'JSON'] as const) await render(document, format);
  reportChecks({ ...input, limits: { replyWordLimit: 1500, summaryWordLimit: 500 } }, document);
}

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function compilationRatio() {
  const adversarial = adversarialReply(MAX_REPLY_CHARACTERS);
  const ordinary = fill(ordinaryParagraph, MAX_REPLY_CHARACTERS);
  const times = { adversarial: [] as number[], ordinary: [] as number[] };
  for (let round = 0; round < ROUNDS + 1; round++) {
    const a = await timed(() => compileAll(inputWith(adversarial)));
    const o = await timed(() => compileAll(inputWith(ordinary)));
    if (round === 0) continue; // warm-up
    times.adversarial.push(a);
    times.ordinary.push(o);
  }
  const a = median(times.adversarial);
  const o = median(times.ordinary);
  const revised = (text: string) => text.replace(/e/g, 'é');
  const repetitions = {
    adversarial: await timed(() => findRepeatedPassages(adversarial, revised(adversarial))),
    ordinary: await timed(() => findRepeatedPassages(ordinary, revised(ordinary))),
  };
  const diffs = {
    adversarial: await timed(() => diffTexts(adversarial, revised(adversarial))),
    ordinary: await timed(() => diffTexts(ordinary, revised(ordinary))),
  };
  const tiny = oneWordLines(MAX_REPLY_CHARACTERS / 5);
  const tinyTime = await timed(() => compileAll(inputWith(tiny)));
  console.log(
    `Report holding one reply of ${MAX_REPLY_CHARACTERS.toLocaleString('en')} characters, model + HTML + Markdown + DOCX + JSON + checks, median of ${ROUNDS}:`,
  );
  console.log(`  adversarial reply   ${a.toFixed(0)} ms`);
  console.log(`  ordinary reply      ${o.toFixed(0)} ms`);
  console.log(`  ratio               ${(a / o).toFixed(2)}  (target: at most ${TARGET_RATIO})`);
  console.log(
    `  (for reference: repetition check ${repetitions.adversarial.toFixed(0)} ms vs ${repetitions.ordinary.toFixed(0)} ms, diff ${diffs.adversarial.toFixed(0)} ms vs ${diffs.ordinary.toFixed(0)} ms)`,
  );
  const paragraphs = tiny.split('\n').length;
  console.log(
    `  (for reference: ${paragraphs.toLocaleString('en')} one-word lines in ${tiny.length.toLocaleString('en')} characters, as many Word paragraphs: ${tinyTime.toFixed(0)} ms, ${(tinyTime / paragraphs).toFixed(2)} ms a paragraph)`,
  );
  console.log(a / o <= TARGET_RATIO ? 'PASS' : 'OVER TARGET');
}

/** Requests /api/health one after the other from a separate process until SIGUSR2; prints the latencies. */
const HEALTH_CLIENT = `
const url = process.argv[1];
const latencies = [];
let stop = false;
process.on('SIGUSR2', () => { stop = true; });
(async () => {
  while (!stop) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  process.stdout.write(JSON.stringify(latencies));
})();
`;

async function healthDuring(base: string, work: () => Promise<unknown>): Promise<number[]> {
  const client = spawn(process.execPath, ['-e', HEALTH_CLIENT, `${base}/api/health`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  client.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise((resolve) => client.on('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));
  try {
    await work();
  } finally {
    client.kill('SIGUSR2');
    await done;
  }
  return (JSON.parse(output) as number[]).sort((a, b) => a - b);
}

async function healthUnderCompilations() {
  const pg = await startEmbeddedPostgres({
    dir: mkdtempSync(join(tmpdir(), 'replies-bench-hostile-')),
    ephemeral: true,
  });
  let app: NestExpressApplication | undefined;
  try {
    await createDatabase(pg.serverUrl, 'bench');
    const url = pg.urlFor('bench');
    await migrateDatabase(url);
    await seedBenchCycle(url, 250);
    const prisma = createPrismaClient(url);
    await prisma.user.create({
      data: {
        email: 'bench@example.org',
        name: 'Bench',
        role: 'EDITOR',
        passwordHash: await hashPassword('bench-password'),
      },
    });
    await prisma.$disconnect();
    app = configureApp(
      await NestFactory.create<NestExpressApplication>(AppModule.forDatabase(url), { logger: ['error'] }),
      {
        logger: createLogger({ write: () => undefined }),
      },
    );
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.org', password: 'bench-password' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const compile = async (language: string) => {
      const started = performance.now();
      const response = await fetch(`${base}/api/cycles/A-99-999/report?lang=${language}&format=docx`, {
        headers: { cookie },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`compilation: ${response.status}`);
      return performance.now() - started;
    };
    await compile('en'); // warm-up: the worker thread loads the renderers
    // How long the server's own request loop is held up, whatever else runs on the machine.
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const idle = await healthDuring(base, () => new Promise((resolve) => setTimeout(resolve, 3000)));
    const idleLoop = loop.percentile(99) / 1e6;
    loop.reset();
    let compileTimes: number[] = [];
    const busy = await healthDuring(base, async () => {
      for (let round = 0; round < 2; round++)
        compileTimes = compileTimes.concat(
          await Promise.all(['en', 'fr', 'zh', 'ar'].slice(0, COMPILATIONS).map((language) => compile(language))),
        );
    });
    const busyLoop = { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
    loop.disable();
    const p99 = percentile(busy, 99);
    console.log(
      `/api/health while ${COMPILATIONS} DOCX compilations of 250 replies run at once (twice; ${appConfig().workerThreads} worker thread(s), each compilation ${median(compileTimes).toFixed(0)} ms median):`,
    );
    console.log(
      `  idle: p50 ${percentile(idle, 50).toFixed(1)} ms, p99 ${percentile(idle, 99).toFixed(1)} ms (${idle.length} requests)`,
    );
    console.log(
      `  busy: p50 ${percentile(busy, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${busy.at(-1)!.toFixed(1)} ms (${busy.length} requests)`,
    );
    console.log(
      `  the server's event loop held up: idle p99 ${idleLoop.toFixed(1)} ms; busy p99 ${busyLoop.p99.toFixed(1)} ms, max ${busyLoop.max.toFixed(1)} ms`,
    );
    console.log(p99 < TARGET_HEALTH_P99_MS ? `PASS (target: p99 under ${TARGET_HEALTH_P99_MS} ms)` : 'OVER TARGET');
  } finally {
    await app?.close();
    await pg.stop();
  }
}

async function main() {
  await compilationRatio();
  await healthUnderCompilations();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
