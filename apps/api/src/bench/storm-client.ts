/**
 * A storm of edits for `npm run bench`, in its own process: one writer per entity saves its draft
 * of about 1,500 words again and again, each save with the version the previous one returned.
 * Job as JSON in argv[2]; prints the result as one JSON line.
 */
import { CSRF_HEADER } from '@replies/shared';
import { percentile } from './load-client';

export interface StormJob {
  base: string;
  cookie: string;
  csrfToken: string;
  cycle: string;
  entities: string[];
  editsPerWriter: number;
}

export interface StormResult {
  edits: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
}

const SENTENCE =
  'The Government continued to strengthen its national measures to prevent terrorists from acquiring weapons of mass destruction and related materials.';

/** About 1,500 words in paragraphs, different at each edit. */
export const draftText = (edit: number) =>
  Array.from({ length: 50 }, (_, p) => `${p + 1}. ${SENTENCE} ${SENTENCE.slice(0, 40)} (${edit}.${p})`).join('\n');

async function main() {
  const job = JSON.parse(process.argv[2]) as StormJob;
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    job.entities.map(async (entity) => {
      let version = 0;
      for (let edit = 0; edit < job.editsPerWriter; edit++) {
        const sent = performance.now();
        const response = await fetch(`${job.base}/api/cycles/${job.cycle}/replies/${entity}`, {
          method: 'PUT',
          headers: { cookie: job.cookie, [CSRF_HEADER]: job.csrfToken, 'Content-Type': 'application/json' },
          body: JSON.stringify({ originalLanguage: 'en', texts: { en: { body: draftText(edit) } }, version }),
        });
        const body = (await response.json()) as { version?: number };
        latencies.push(performance.now() - sent);
        if (response.ok) version = body.version!;
        else failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const result: StormResult = {
    edits: latencies.length,
    failed,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
