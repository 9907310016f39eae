import { join } from 'node:path';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import { DomainError } from '../common/domain-error';
import { appConfig } from '../config/config';
import type { HeavyResults, HeavyTask } from './heavy-work';

/**
 * The worker file: compiled JavaScript beside this file when the API runs from dist/ (`npm start`,
 * Docker, the bench); a loader that compiles the TypeScript sources when it runs from them (jest).
 */
export function workerFile(): string {
  return __filename.endsWith('.ts')
    ? join(__dirname, 'heavy-work.worker-from-source.js')
    : join(__dirname, 'heavy-work.worker.js');
}

export const workTimeout = (seconds: number) =>
  new DomainError(
    503,
    'WORK_TIMEOUT',
    `The server could not finish this within ${seconds} seconds (it is busy, or the text is very large). Nothing was changed: try again in a moment.`,
    { 'Retry-After': '30' },
    undefined,
    { params: { seconds } },
  );

const busy = () =>
  new DomainError(503, 'SERVER_BUSY', 'The server has too much work queued: try again in a moment.', {
    'Retry-After': '30',
  });

/**
 * Heavy work off the request loop: a pool of worker threads (piscina). Each task has a time budget;
 * past it the request gets 503 and, if the task was running, its thread is terminated and replaced,
 * so a pathological input costs one thread for a bounded time and never the whole server.
 */
@Injectable()
export class HeavyWork implements OnModuleDestroy {
  private readonly pool: Piscina;

  constructor() {
    const { workerThreads } = appConfig();
    this.pool = new Piscina({
      filename: workerFile(),
      // No thread until the first task, and none kept once idle for a minute: a thread costs its start
      // (its code, ~0.3 s of CPU) and its memory, and most requests need none.
      minThreads: 0,
      maxThreads: workerThreads,
      idleTimeout: 60_000,
      maxQueue: 200,
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
  }

  /** Runs `task` in a worker thread within the budget (WORK_TIME_BUDGET_MS, read at each call). */
  async run<K extends HeavyTask['kind']>(
    task: Extract<HeavyTask, { kind: K }>,
    budgetMs = appConfig().workTimeBudgetMs,
  ) {
    try {
      return (await this.pool.run(task, { signal: AbortSignal.timeout(budgetMs) })) as HeavyResults[K];
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw workTimeout(Math.ceil(budgetMs / 1000));
      if (/queue is at limit/i.test((error as Error)?.message ?? '')) throw busy();
      throw error;
    }
  }

  /** Threads running now (for tests and the bench). */
  get threads(): number {
    return this.pool.threads.length;
  }

  async onModuleDestroy() {
    await this.pool.destroy();
  }
}
