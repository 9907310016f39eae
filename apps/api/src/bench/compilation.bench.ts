/**
 * `npm run bench`: compiling a report of 250 replies must cost at most twice the time of reading
 * those rows from the database (design.md section 7). Measures both in one run and prints the ratio.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDatabase } from '../database/create-database';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrateDatabase } from '../database/migrations';
import { createPrismaClient } from '../database/prisma.service';
import { CompilationRepository } from '../modules/compilation/compilation.repository';
import { buildReport } from '../modules/compilation/model/build-report';
import { renderDocx } from '../modules/compilation/render/docx';
import { renderHtmlPage } from '../modules/compilation/render/html';
import { renderMarkdown } from '../modules/compilation/render/markdown';
import { seedBenchCycle } from './seed';
import { benchCycle } from './bench-cycle';

const REPLIES = 250;
const ROUNDS = 30;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'replies-bench-'));
  const pg = await startEmbeddedPostgres({ dir, ephemeral: true });
  try {
    await createDatabase(pg.serverUrl, 'bench');
    const url = pg.urlFor('bench');
    await migrateDatabase(url);
    const cycleId = await seedBenchCycle(url, REPLIES);
    const prisma = createPrismaClient(url);
    const repository = new CompilationRepository(prisma as never);
    const cycle = benchCycle('A/99/999');
    const reads: number[] = [];
    const compiles: number[] = [];
    const docx: number[] = [];
    for (let round = 0; round < ROUNDS + 3; round++) {
      const read = await time(() => repository.replies(cycleId));
      const replies = read.result;
      const compile = await time(() => {
        const document = buildReport({
          cycle,
          language: 'en',
          addendum: 0,
          replies,
          fullTextUrl: (code) => `http://localhost/reports/A-99-999/replies/${code}`,
        });
        return [renderHtmlPage(document), renderMarkdown(document)];
      });
      const word = await time(() =>
        renderDocx(buildReport({ cycle, language: 'zh', addendum: 0, replies, fullTextUrl: (code) => code })),
      );
      if (round < 3) continue; // warm-up
      reads.push(read.ms);
      compiles.push(compile.ms);
      docx.push(word.ms);
    }
    await prisma.$disconnect();
    const read = median(reads);
    const compile = median(compiles);
    const ratio = compile / read;
    console.log(`Report of ${REPLIES} replies, median of ${ROUNDS} rounds:`);
    console.log(`  read the rows from PostgreSQL      ${read.toFixed(1)} ms`);
    console.log(`  compile (model + HTML + Markdown)  ${compile.toFixed(1)} ms`);
    console.log(`  ratio compile / read               ${ratio.toFixed(2)}  (target: at most 2)`);
    console.log(`  (for reference: model + DOCX       ${median(docx).toFixed(1)} ms)`);
    console.log(ratio <= 2 ? 'PASS' : 'OVER TARGET');
  } finally {
    await pg.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
