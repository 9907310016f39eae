import PgBoss from 'pg-boss';
import type { Tx } from '../database/prisma.service';

/**
 * The portal's job queue: pg-boss on the portal's own PostgreSQL (schema `pgboss`), so several portal
 * processes share it and a job is fetched by one of them only (SELECT … FOR UPDATE SKIP LOCKED).
 */
export const JOB_SCHEMA = 'pgboss';

/** One job per mail to send. */
export const MAIL_SEND_QUEUE = 'mail-send';
/** The editors' daily digest, scheduled by cron. */
export const MAIL_DIGEST_QUEUE = 'mail-digest';

/** One job per publication: renders its formats and public pages after the publishing request. */
export const PUBLICATION_RENDER_QUEUE = 'publication-render';

const QUEUES = [MAIL_SEND_QUEUE, MAIL_DIGEST_QUEUE, PUBLICATION_RENDER_QUEUE];

export function createJobQueue(connectionString: string, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  return new PgBoss({ connectionString, schema: JOB_SCHEMA, application_name: 'replies-jobs', max: 3, ...options });
}

/**
 * Installs or upgrades pg-boss's tables and creates the portal's queues; run with the migrations, so
 * every process (and every test database, cloned from a migrated template) can queue jobs at once.
 */
export async function installJobQueue(connectionString: string): Promise<void> {
  const boss = createJobQueue(connectionString, { supervise: false, schedule: false, max: 1 });
  let failure: Error | undefined;
  boss.on('error', (error) => (failure ??= error));
  await boss.start();
  try {
    for (const name of QUEUES) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'standard' });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (failure) throw failure;
}

/** pg-boss runs its SQL through this adapter to insert jobs in the caller's transaction. */
export function transactionDb(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value) => value ?? null)),
    }),
  };
}
