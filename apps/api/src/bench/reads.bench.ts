/**
 * `npm run bench` (second part): the portal against its floor, on one database.
 * 1. Throughput of the reads an editor makes most (a reply, the cycle list, the review queue of 250
 *    replies, the report's JSON), from the built portal (`node apps/api/dist/main.js`) and from a bare
 *    node:http + pg server doing the same queries (floor-server.ts), each in its own process, both
 *    driven by autocannon from a third: the ratio portal / floor (target: at least 0.5 for each).
 * 2. 100 clients each reading about once a second (a reply, then the cycle), against the portal as
 *    `npm start` runs it (PORTAL_WORKERS processes, the primary counted apart): p95 (target: under 20 ms).
 * 3. The same while a storm of 1,000 edits of 1,500-word drafts goes through it; then the resident
 *    memory of each portal process (target: under 300 MB).
 * The machine's load average is printed with each figure: other work on its cores moves them.
 */
import 'reflect-metadata';
import { createPrismaClient } from '../database/prisma.service';
import { hashPassword } from '../modules/auth/passwords';
import {
  benchDatabase,
  BenchProcess,
  load,
  ms,
  residentMemory,
  runLoad,
  signInTo,
  startFloor,
  startPortal,
} from './bench-kit';
import type { LoadResult } from './load-client';
import { seedBenchCycle } from './seed';
import type { StormJob, StormResult } from './storm-client';

const REPLIES = 250;
const TARGET_RATIO = 0.5;
const TARGET_P95_MS = 20;
const TARGET_RSS_MB = 300;
const SATURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ONLY = process.env.BENCH_READS?.split(',');
const ROUNDS = 2;
const STORM_WRITERS = 20;
const STORM_EDITS = 1000;
const EDITOR = { email: 'bench@example.org', password: 'bench-password-1' };

async function main() {
  const { pg, url } = await benchDatabase('reads');
  const processes: BenchProcess[] = [];
  try {
    await seedBenchCycle(url, REPLIES);
    const prisma = createPrismaClient(url);
    await prisma.user.create({
      data: { email: EDITOR.email, name: 'Bench', role: 'EDITOR', passwordHash: await hashPassword(EDITOR.password) },
    });
    const [{ entityCode }] = await prisma.reply.findMany({
      where: { cycle: { symbol: 'A/99/999' } },
      select: { entityCode: true },
      orderBy: { entityCode: 'asc' },
      take: 1,
    });
    // A second cycle whose drafts the storm edits.
    const storm = await prisma.cycle.create({
      data: {
        symbol: 'A/99/1000',
        resolution: '98/2',
        session: 99,
        officeCode: 'ODA',
        noteVerbaleOn: new Date('2030-02-01'),
        cutoffOn: new Date('2099-06-30'),
        replyWordLimit: 1500,
        summaryWordLimit: 500,
        texts: { create: [{ language: 'en', title: 'Storm' }] },
      },
    });
    const writers = (await prisma.entity.findMany({ select: { code: true }, take: STORM_WRITERS })).map((e) => e.code);
    await prisma.$disconnect();

    const reads: Record<string, string> = {
      'reply read': `/api/cycles/A-99-999/replies/${entityCode}`,
      'cycle list': '/api/cycles',
      'review queue (250)': '/api/cycles/A-99-999/replies',
      'report JSON (250)': '/api/cycles/A-99-999/report?lang=en&format=json',
    };

    // 1. Portal against floor, one process each.
    const portal = await startPortal(url, { PORTAL_WORKERS: '1' });
    processes.push(portal.process);
    const floor = await startFloor(url);
    processes.push(floor.process);
    const session = await signInTo(portal.base, EDITOR.email, EDITOR.password);
    const saturate = (base: string, path: string, seconds = SATURATION_SECONDS) =>
      runLoad({
        url: base,
        paths: [path],
        headers: { cookie: session.cookie },
        connections: 10,
        durationSeconds: seconds,
      });
    console.log(
      `Portal and floor, one process each, 10 connections without pause, best of ${ROUNDS} runs of ${SATURATION_SECONDS} s (load average ${load()}):`,
    );
    const ratios: number[] = [];
    for (const [name, path] of Object.entries(reads)) {
      if (ONLY && !ONLY.some((word) => name.includes(word))) continue;
      await saturate(floor.base, path, 1); // warm-up
      await saturate(portal.base, path, 1);
      const best = { portal: undefined as LoadResult | undefined, floor: undefined as LoadResult | undefined };
      for (let round = 0; round < ROUNDS; round++) {
        const f = await saturate(floor.base, path);
        const p = await saturate(portal.base, path);
        if (f.non2xx || p.non2xx)
          throw new Error(
            `${name}: ${f.non2xx} / ${p.non2xx} answers were not 2xx\n${floor.process.output.slice(-1500)}\n${portal.process.output.slice(-1500)}`,
          );
        if (!best.floor || f.perSecond > best.floor.perSecond) best.floor = f;
        if (!best.portal || p.perSecond > best.portal.perSecond) best.portal = p;
      }
      const ratio = best.portal!.perSecond / best.floor!.perSecond;
      ratios.push(ratio);
      console.log(
        `  ${name.padEnd(20)} portal ${best.portal!.perSecond.toFixed(0).padStart(5)}/s (p50 ${ms(best.portal!.p50)})   floor ${best.floor!.perSecond.toFixed(0).padStart(5)}/s (p50 ${ms(best.floor!.p50)})   ratio ${ratio.toFixed(2)}   load ${load()}`,
      );
    }
    console.log(
      ratios.every((r) => r >= TARGET_RATIO)
        ? `PASS (target: every ratio at least ${TARGET_RATIO})`
        : `OVER TARGET (every ratio at least ${TARGET_RATIO})`,
    );
    await floor.process.stop();
    await portal.process.stop();

    // 2. and 3. The portal as npm start runs it (PORTAL_WORKERS processes, one per core by default).
    const served = await startPortal(url);
    processes.push(served.process);
    const workers = Math.max(1, residentMemory(served.process.pid).length - 1);
    const reader = await signInTo(served.base, EDITOR.email, EDITOR.password);
    const paced = (seconds: number) =>
      runLoad({
        url: served.base,
        // What a person reads while working: a reply and the cycle's page. The review queue and the
        // report (tens of milliseconds of work each) are measured above, not at 100 a second.
        paths: [reads['reply read'], '/api/cycles/A-99-999'],
        headers: { cookie: reader.cookie },
        connections: 100,
        connectionRate: 1,
        durationSeconds: seconds,
      });
    await paced(3); // warm-up
    const quiet = await paced(20);
    console.log(
      `100 clients, each reading about once a second (a reply, then the cycle, in turn), portal in ${workers} process(es):`,
    );
    console.log(
      `  quiet:         p50 ${ms(quiet.p50)}   p95 ${ms(quiet.p95)}   p99 ${ms(quiet.p99)}   ${quiet.perSecond.toFixed(0)} reads/s   load ${load()}`,
    );

    const writer = await signInTo(served.base, EDITOR.email, EDITOR.password);
    const stormJob: StormJob = {
      base: served.base,
      cookie: writer.cookie,
      csrfToken: writer.csrfToken,
      cycle: storm.symbol.replace(/\//g, '-'),
      entities: writers,
      editsPerWriter: STORM_EDITS / STORM_WRITERS,
    };
    const stormProcess = new BenchProcess(
      ['apps/api/dist/bench/storm-client.js', JSON.stringify(stormJob)],
      {},
      'storm',
    );
    processes.push(stormProcess);
    const during = await paced(20);
    await stormProcess.waitFor(/^\{.*\}$/m, 600_000);
    const stormResult = JSON.parse(stormProcess.output.split('\n').find((l) => l.startsWith('{'))!) as StormResult;
    console.log(
      `  during storm:  p50 ${ms(during.p50)}   p95 ${ms(during.p95)}   p99 ${ms(during.p99)}   ${during.perSecond.toFixed(0)} reads/s   load ${load()}`,
    );
    console.log(
      `  the storm: ${stormResult.edits} edits of ~1,500 words by ${STORM_WRITERS} writers in ${stormResult.seconds.toFixed(1)} s (${stormResult.perSecond.toFixed(0)}/s, p50 ${ms(stormResult.p50)}, p95 ${ms(stormResult.p95)}), ${stormResult.failed} refused`,
    );
    console.log(
      quiet.p95 <= TARGET_P95_MS
        ? `PASS (target: p95 under ${TARGET_P95_MS} ms, quiet)`
        : `OVER TARGET (p95 under ${TARGET_P95_MS} ms, quiet)`,
    );
    const memory = residentMemory(served.process.pid);
    console.log(
      `Resident memory after the storm: ${memory.map((m, i) => `${i === 0 ? 'primary' : 'worker'} ${m.rssMb} MB`).join(', ')}`,
    );
    console.log(
      memory.every((m) => m.rssMb < TARGET_RSS_MB)
        ? `PASS (target: under ${TARGET_RSS_MB} MB per process)`
        : `OVER TARGET (under ${TARGET_RSS_MB} MB per process)`,
    );
  } finally {
    for (const child of processes) await child.stop();
    await pg.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
