/**
 * `npm run bench` (third part): the reading room's search over 20,000 published replies stays
 * under 100 ms at the 95th percentile (issue 14). The real app and a real PostgreSQL, over HTTP.
 * Queries of every kind a reader types: common and rare words, phrases, Chinese of two and four
 * characters, Arabic and Russian, with and without filters, and a later page of results.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module';
import { configureApp } from '../configure-app';
import { createDatabase } from '../database/create-database';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrateDatabase } from '../database/migrations';
import { createPrismaClient } from '../database/prisma.service';
import { loadReferenceData } from '../modules/entities/load-reference-data';
import { seedPublishedReplies } from './search-seed';

const CYCLES = 100;
const PER_CYCLE = 200;
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 15);
const CONCURRENT = 10;
const TARGET_P95_MS = 100;

const QUERIES: Record<string, string> = {
  'common English word': 'q=security',
  'English phrase': `q=${encodeURIComponent('"export controls"')}`,
  'rare English words': 'q=radiological+source+registry',
  'Chinese, 4 characters': `q=${encodeURIComponent('出口管制')}`,
  'Chinese, 2 characters': `q=${encodeURIComponent('核安')}`,
  'Chinese, rare phrase': `q=${encodeURIComponent('放射源登记')}`,
  'Arabic phrase': `q=${encodeURIComponent('بالمواد النووية')}`,
  'Russian word': `q=${encodeURIComponent('экспортного контроля')}`,
  'French words': `q=${encodeURIComponent('matières nucléaires')}`,
  'common word, report filter': 'q=security&report=A-80-120',
  'common word, year and group': 'q=terrorism&year=2012&group=UN_SYSTEM',
  'common word, sender and language': 'q=security&sender=FRA&in=fr',
  'common word, page 50': 'q=security&page=50',
  'nothing found': 'q=zzyzx',
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  // BENCH_SEARCH_DIR keeps the seeded cluster between runs (to study a query plan); by default it is thrown away.
  const kept = process.env.BENCH_SEARCH_DIR;
  const pg = await startEmbeddedPostgres({
    dir: kept ?? mkdtempSync(join(tmpdir(), 'replies-bench-search-')),
    ephemeral: !kept,
    port: kept ? 54415 : undefined,
  });
  let app: NestExpressApplication | undefined;
  try {
    await createDatabase(pg.serverUrl, 'bench');
    const url = pg.urlFor('bench');
    await migrateDatabase(url);
    const prisma = createPrismaClient(url);
    await loadReferenceData(prisma);
    const seeding = performance.now();
    if (!(await prisma.publishedReply.count())) await seedPublishedReplies(prisma, CYCLES, PER_CYCLE);
    const [{ replies, texts }] = await prisma.$queryRawUnsafe<{ replies: bigint; texts: bigint }[]>(
      'SELECT (SELECT count(*) FROM "PublishedReply") AS replies, (SELECT count(*) FROM "PublicSearchEntry") AS texts',
    );
    console.log(
      `Seeded ${replies} published replies (${texts} texts) in ${CYCLES} reports in ${((performance.now() - seeding) / 1000).toFixed(0)} s.`,
    );
    await prisma.$disconnect();

    app = configureApp(
      await NestFactory.create<NestExpressApplication>(AppModule.forDatabase(url), { logger: ['error'] }),
    );
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const get = async (query: string) => {
      const start = performance.now();
      const response = await fetch(`${base}/reports/search?${query}`);
      const html = await response.text();
      if (!response.ok) throw new Error(`${query}: ${response.status}`);
      // "(148)", or "(more than 1,000)" for a common word: matches are counted up to a limit.
      const count = html.match(/\((more than )?([\d,]+)\)<\/h2>/);
      return { ms: performance.now() - start, results: count ? `${count[1] ? '>' : ''}${count[2]}` : '0' };
    };
    for (const query of Object.values(QUERIES)) await get(query); // warm-up

    const all: number[] = [];
    console.log(`Search, one reader at a time, ${ROUNDS} rounds of ${Object.keys(QUERIES).length} queries:`);
    for (const [name, query] of Object.entries(QUERIES)) {
      const times: number[] = [];
      let results = '0';
      for (let i = 0; i < ROUNDS; i++) {
        const { ms, results: found } = await get(query);
        times.push(ms);
        results = found;
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      console.log(
        `  ${name.padEnd(34)} ${results.padStart(6)} results   p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`,
      );
    }
    all.sort((a, b) => a - b);
    const p95 = percentile(all, 95);
    console.log(`  all queries: p50 ${percentile(all, 50).toFixed(1)} ms   p95 ${p95.toFixed(1)} ms`);

    const concurrent: number[] = [];
    const queries = Object.values(QUERIES);
    await Promise.all(
      Array.from({ length: CONCURRENT }, async (_, client) => {
        for (let i = 0; i < queries.length; i++)
          concurrent.push((await get(queries[(client + i) % queries.length])).ms);
      }),
    );
    concurrent.sort((a, b) => a - b);
    console.log(
      `  ${CONCURRENT} readers at once: p50 ${percentile(concurrent, 50).toFixed(1)} ms   p95 ${percentile(concurrent, 95).toFixed(1)} ms`,
    );
    console.log(
      p95 <= TARGET_P95_MS
        ? `PASS (target: p95 under ${TARGET_P95_MS} ms, one reader at a time)`
        : `OVER TARGET (p95 under ${TARGET_P95_MS} ms)`,
    );
  } finally {
    await app?.close();
    await pg.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
