/**
 * `npm run bench` (at scale): the portal with ten years of work in its database, by simulation.
 * 100 cycles of 200 replies (about 200 States × 100 cycles: 20,000 replies of about 1,500 words each,
 * every one with its text in its original language and its counts, as saves write them), and one more
 * cycle of 250 accepted replies of 1,500 words, ready to publish. Against the built portal (as
 * `npm start` runs it, in its own process) it measures:
 * - the review queue of a 200-reply cycle, 100 reads one after the other and 10 clients at once
 *   (target: p95 under 50 ms);
 * - publishing the 250-reply report in the six languages (target: under 5 s);
 * - the cycle list and a reply read among the 20,000.
 * Search over 20,000 published replies is measured by search.bench.ts. BENCH_SCALE_CYCLES and
 * BENCH_SCALE_WORDS make the simulation smaller (a quick run) or larger.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { countWords, type TLanguage } from '@replies/shared';
import { createPrismaClient } from '../database/prisma.service';
import { hashPassword } from '../modules/auth/passwords';
import { loadReferenceData } from '../modules/entities/load-reference-data';
import { benchDatabase, load, ms, runLoad, signInTo, startPortal, type BenchProcess } from './bench-kit';
import { percentile } from './load-client';
import { generator, SENTENCES } from './search-seed';

const CYCLES = Number(process.env.BENCH_SCALE_CYCLES ?? 100);
const PER_CYCLE = 200;
const WORDS = Number(process.env.BENCH_SCALE_WORDS ?? 1500);
const PUBLISHED = 250;
const TEXTS_IN_POOL = 60;
const EDITOR = { email: 'scale@example.org', password: 'scale-password-1' };
const TARGETS = { queueP95: 50, publishMs: 5000 };

const ORIGINALS: TLanguage[] = ['en', 'en', 'en', 'en', 'fr', 'es', 'es', 'ru', 'ar', 'zh'];

/** About `words` words of reply-like sentences in `language` (Chinese counted by characters, as the portal does). */
function composeReply(language: TLanguage, words: number, random: () => number): string {
  const sentences = SENTENCES[language];
  const paragraphs: string[] = [];
  let text = '';
  let paragraph: string[] = [];
  while (countWords(text).words < words) {
    const sentence = sentences[Math.floor(random() * sentences.length)]
      .replace('{year}', String(2000 + Math.floor(random() * 25)))
      .replace('{n}', String(2 + Math.floor(random() * 200)));
    paragraph.push(sentence);
    if (paragraph.length === 6) {
      paragraphs.push(`${paragraphs.length + 1}. ${paragraph.join(language === 'zh' ? '' : ' ')}`);
      paragraph = [];
      text = paragraphs.join('\n');
    }
  }
  return text;
}

async function seed(url: string) {
  const prisma = createPrismaClient(url);
  await loadReferenceData(prisma);
  const existing = await prisma.entity.count();
  await prisma.entity.createMany({
    data: Array.from({ length: Math.max(0, PUBLISHED - existing) }, (_, i) => ({
      code: `SCALE${i}`,
      type: 'OTHER' as const,
      nameEn: `Scale Organization ${i}`,
    })),
  });
  await prisma.user.create({
    data: { email: EDITOR.email, name: 'Scale', role: 'EDITOR', passwordHash: await hashPassword(EDITOR.password) },
  });
  // A pool of distinct texts; each reply takes one, with a sentence of its own so that no two are equal.
  const random = generator(7);
  const pool = Array.from({ length: TEXTS_IN_POOL }, (_, i) => {
    const language = ORIGINALS[i % ORIGINALS.length];
    const body = composeReply(language, WORDS, random);
    return { i, language, body, words: countWords(body).words };
  });
  await prisma.$executeRawUnsafe(
    `CREATE TABLE bench_pool AS SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[]) AS p(i, language, body, words)`,
    pool.map((p) => p.i),
    pool.map((p) => p.language),
    pool.map((p) => p.body),
    pool.map((p) => p.words),
  );
  const cycles = [];
  for (let c = 0; c <= CYCLES; c++) {
    const last = c === CYCLES; // the cycle to publish
    const year = 2010 + Math.floor(c / 10);
    cycles.push({
      symbol: last ? 'A/99/250' : `A/${60 + c}/${100 + c}`,
      resolution: `${59 + c}/${c + 10}`,
      session: 60 + c,
      officeCode: 'ODA',
      issuedOn: new Date(Date.UTC(year, 6, 1)),
      noteVerbaleOn: new Date(Date.UTC(year, 1, c % 28)),
      orgLettersOn: [new Date(Date.UTC(year, 1, c % 28))],
      cutoffOn: last ? new Date('2099-06-30') : new Date(Date.UTC(year, 5, 30)),
      replyWordLimit: 1500,
      summaryWordLimit: 500,
    });
  }
  await prisma.cycle.createMany({ data: cycles });
  await prisma.$executeRawUnsafe(
    `INSERT INTO "CycleText" ("cycleId", language, title)
     SELECT id, 'en', 'Measures to prevent terrorists from acquiring weapons of mass destruction' FROM "Cycle"`,
  );
  // Every cycle: the first 200 entities invited and replying (250 for the one to publish), accepted.
  await prisma.$executeRawUnsafe(`
    WITH numbered AS (SELECT code, row_number() OVER (ORDER BY code) AS n FROM "Entity"),
    picked AS MATERIALIZED (
      SELECT gen_random_uuid() AS id, c.id AS cycle_id, c."noteVerbaleOn", c."cutoffOn", e.code, p.language, p.body, p.words
      FROM "Cycle" c
      JOIN numbered e ON e.n <= CASE WHEN c.symbol = 'A/99/250' THEN ${PUBLISHED} ELSE ${PER_CYCLE} END
      JOIN bench_pool p ON p.i = (e.n * 7 + c.session) % ${TEXTS_IN_POOL}
    ),
    invited AS (
      INSERT INTO "Invitation" (id, "cycleId", "entityCode", channel, "sentOn")
      SELECT gen_random_uuid(), cycle_id, code, 'NOTE_VERBALE', "noteVerbaleOn" FROM picked
    ),
    replies AS (
      INSERT INTO "Reply" (id, "cycleId", "entityCode", status, "originalLanguage", "receivedOn", decision, version,
                           words, "summaryWords", "overLimit", "updatedAt")
      SELECT id, cycle_id, code, 'ACCEPTED', language::"Language", LEAST("cutoffOn", "noteVerbaleOn" + 60), 'FULL', 2,
             words, 0, words > 1500, now()
      FROM picked
    )
    INSERT INTO "ReplyText" ("replyId", language, body, "updatedAt")
    SELECT id, language::"Language", body || E'\\n' || code || ' ' || id::text, now() FROM picked`);
  await prisma.$executeRawUnsafe('DROP TABLE bench_pool');
  await prisma.$executeRawUnsafe('ANALYZE');
  const [{ replies, texts, megabytes }] = await prisma.$queryRawUnsafe<
    { replies: bigint; texts: bigint; megabytes: number }[]
  >(
    `SELECT (SELECT count(*) FROM "Reply") AS replies, (SELECT count(*) FROM "ReplyText") AS texts,
            (SELECT round(sum(octet_length(body)) / 1e6) FROM "ReplyText")::int AS megabytes`,
  );
  await prisma.$disconnect();
  return { replies: Number(replies), texts: Number(texts), megabytes };
}

/**
 * What the first readers wait after publishing: the formats are rendered from the frozen report by the
 * job queued with the publication, or by the first request that finds one missing (which then waits
 * for that rendering, or joins the job's if it is under way in the same process).
 */
async function firstReaders(url: string, timed: (path: string) => Promise<{ ms: number; body: string }>) {
  const prisma = createPrismaClient(url);
  const started = performance.now();
  const stored = () =>
    prisma.compiledReport.count({ where: { publicationId: { not: null }, cycle: { symbol: 'A/99/250' } } });
  try {
    const firsts: string[] = [];
    for (const path of [
      '/reports/A-99-250?lang=en',
      '/reports/A-99-250/replies/AFG?lang=fr',
      '/reports/A-99-250/download/zh.docx',
      '/reports/A-99-250/download/ar.html',
      '/reports/A-99-250/download/ru.md',
    ]) {
      firsts.push(`${path.replace('/reports/A-99-250', '…')} ${ms((await timed(path)).ms)}`);
    }
    console.log(`  first requests right after publishing: ${firsts.join(', ')}   load ${load()}`);
    const again = await timed('/reports/A-99-250/download/zh.docx');
    console.log(`  the same DOCX again: ${ms(again.ms)}`);
    while ((await stored()) < 24) await new Promise((done) => setTimeout(done, 250));
    console.log(
      `  every format in the six languages stored (the job and the readers above) ${((performance.now() - started) / 1000).toFixed(1)} s after the publishing answer   load ${load()}`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const { pg, url } = await benchDatabase('scale');
  let portal: BenchProcess | undefined;
  try {
    const seeding = performance.now();
    const seeded = await seed(url);
    console.log(
      `At scale: ${seeded.replies} replies (${seeded.texts} texts, ${seeded.megabytes} MB of text, about ${WORDS} words each) in ${CYCLES + 1} cycles, seeded in ${((performance.now() - seeding) / 1000).toFixed(0)} s (load average ${load()}).`,
    );
    const started = await startPortal(url, { PORTAL_WORKERS: '1' });
    portal = started.process;
    const base = started.base;
    const session = await signInTo(base, EDITOR.email, EDITOR.password);
    const headers = { cookie: session.cookie };
    const timed = async (path: string, init: RequestInit = {}) => {
      const start = performance.now();
      const response = await fetch(`${base}${path}`, { ...init, headers: { ...headers, ...init.headers } });
      const body = await response.text();
      if (!response.ok) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
      return { ms: performance.now() - start, body };
    };

    const queuePath = `/api/cycles/A-${60 + Math.floor(CYCLES / 2)}-${100 + Math.floor(CYCLES / 2)}/replies`;
    const queued = JSON.parse((await timed(queuePath)).body) as unknown[];
    const times: number[] = [];
    for (let i = 0; i < 100; i++) times.push((await timed(queuePath)).ms);
    times.sort((a, b) => a - b);
    console.log(
      `  review queue of ${queued.length} replies, one reader:   p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   load ${load()}`,
    );
    const together = await runLoad({ url: base, paths: [queuePath], headers, connections: 10, durationSeconds: 10 });
    console.log(
      `  review queue, 10 readers at once:        p50 ${ms(together.p50)}   p95 ${ms(together.p95)}   ${together.perSecond.toFixed(0)}/s   load ${load()}`,
    );
    console.log(
      percentile(times, 95) <= TARGETS.queueP95
        ? `  PASS (target: review queue p95 under ${TARGETS.queueP95} ms)`
        : `  OVER TARGET (review queue p95 under ${TARGETS.queueP95} ms)`,
    );
    const list = await timed('/api/cycles');
    console.log(`  cycle list (${CYCLES + 1} cycles): ${ms(list.ms)}`);
    const reply = await timed(`${queuePath}/AFG`);
    console.log(`  one reply among ${seeded.replies}: ${ms(reply.ms)}`);

    const publish = await timed('/api/cycles/A-99-250/publish', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({}),
    });
    console.log(
      `  publishing the report of ${PUBLISHED} replies of about ${WORDS} words in the six languages: ${(publish.ms / 1000).toFixed(1)} s   load ${load()}`,
    );
    console.log(
      publish.ms <= TARGETS.publishMs
        ? `  PASS (target: publishing under ${TARGETS.publishMs / 1000} s)`
        : `  OVER TARGET (publishing under ${TARGETS.publishMs / 1000} s)`,
    );
    await firstReaders(url, timed);
  } finally {
    await portal?.stop();
    await pg.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
