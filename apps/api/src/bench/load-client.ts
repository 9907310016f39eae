/**
 * The load of `npm run bench`, generated in its own process so that it never shares an event loop
 * with the server it measures: autocannon, given one job as JSON in argv[2]; prints the result as
 * one JSON line. Every response's time is kept, so the percentiles are exact (p95 included).
 */
import { Agent, get } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  /** Paths each connection requests in turn. */
  paths: string[];
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** Requests per second per connection (a paced client); unset means as fast as answers come. */
  connectionRate?: number;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  non2xx: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The value below which `p` % of `sorted` lie. */
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/** Every response's time, sorted, as percentiles and a rate. */
function summary(latencies: number[], durationSeconds: number, non2xx: number, errors: number): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / durationSeconds,
    non2xx,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
  };
}

function getOnce(url: string, headers: Record<string, string>, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/**
 * Paced clients, each starting at a random moment of its first interval: readers who arrive spread
 * over the second, as people do. (autocannon's connectionRate starts every connection's timer at the
 * same instant, so all of them fire together: the tail of a burst, not a reader's wait.)
 */
async function paced(job: LoadJob & { connectionRate: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const interval = 1000 / job.connectionRate;
  const end = Date.now() + job.durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: job.connections }, async (_, client) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      let next = Date.now() + Math.random() * interval;
      for (let i = client; next < end; i += 1, next += interval) {
        await sleep(Math.max(0, next - Date.now()));
        const started = performance.now();
        try {
          const status = await getOnce(`${job.url}${job.paths[i % job.paths.length]}`, job.headers ?? {}, agent);
          latencies.push(performance.now() - started);
          if (status < 200 || status >= 300) non2xx += 1;
        } catch {
          errors += 1;
        }
      }
      agent.destroy();
    }),
  );
  return summary(latencies, job.durationSeconds, non2xx, errors);
}

async function main() {
  const job = JSON.parse(process.argv[2]) as LoadJob;
  if (job.connectionRate) {
    process.stdout.write(`${JSON.stringify(await paced({ ...job, connectionRate: job.connectionRate }))}\n`);
    return;
  }
  const latencies: number[] = [];
  let non2xx = 0;
  let finished: (result: autocannon.Result) => void = () => undefined;
  let failed: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: job.url,
      connections: job.connections,
      duration: job.durationSeconds,
      headers: job.headers,
      requests: job.paths.map((path) => ({ method: 'GET', path })),
    },
    (error, result) => (error ? failed(error) : finished(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx += 1;
  });
  const result = await done;
  const output = summary(latencies, job.durationSeconds, non2xx, result.errors + result.timeouts);
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
