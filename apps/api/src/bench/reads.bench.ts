/**
 * `npm run bench` (second part): reads stay under 20 ms at the 95th percentile with 100 concurrent
 * clients (design.md section 7). The real app and a real PostgreSQL, loopback HTTP only.
 * Each client is a person at work: a read, then a pause of about a second (0.5 to 1.5 s), so 100
 * clients make about 100 reads a second. The saturation throughput (every client reading without
 * pause) is measured too, for reference.
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
import { hashPassword } from '../modules/auth/passwords';
import { seedBenchCycle } from './seed';

const CLIENTS = 100;
const REQUESTS_PER_CLIENT = 15;
const pause = () => new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
const TARGET_P95_MS = 20;

/** `npm run bench -- /api/a,/api/b` measures other addresses. */
const READS = process.argv[2]?.split(',') ?? [
  '/api/health',
  '/api/cycles/A-99-999',
  '/api/entities?type=UN_SYSTEM',
  '/api/cycles/A-99-999/replies/FIN',
  '/api/auth/me',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const pg = await startEmbeddedPostgres({ dir: mkdtempSync(join(tmpdir(), 'replies-bench-reads-')), ephemeral: true });
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

    const get = async (path: string) => {
      const start = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return performance.now() - start;
    };
    for (const path of READS) await get(path); // warm-up

    const run = async (paced: boolean) => {
      const latencies: number[] = [];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          if (paced) await pause();
          for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
            latencies.push(await get(READS[(client + i) % READS.length]));
            if (paced) await pause();
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      return { latencies: latencies.sort((a, b) => a - b), rate: latencies.length / seconds };
    };
    const paced = await run(true);
    const saturated = await run(false);
    const p95 = percentile(paced.latencies, 95);
    console.log(
      `Reads by ${CLIENTS} concurrent clients, each pausing about 1 s between reads (${paced.latencies.length} requests, ${READS.length} endpoints):`,
    );
    console.log(
      `  p50 ${percentile(paced.latencies, 50).toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   p99 ${percentile(paced.latencies, 99).toFixed(1)} ms   (${paced.rate.toFixed(0)} requests/s)`,
    );
    console.log(
      `  saturation, no pauses: ${saturated.rate.toFixed(0)} requests/s, p95 ${percentile(saturated.latencies, 95).toFixed(0)} ms`,
    );
    console.log(
      p95 <= TARGET_P95_MS
        ? `PASS (target: p95 under ${TARGET_P95_MS} ms)`
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
