import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { appConfig } from '../../config/config';
import { DATABASE_URL } from '../../database/prisma.service';
import { Transactions } from '../../database/transactions';
import { createJobQueue, MAIL_DIGEST_QUEUE, MAIL_SEND_QUEUE } from '../../jobs/job-queue';
import { DigestService } from './digest.service';
import { describeFailure, isTemporaryFailure, MailSender } from './mail-sender';
import { OutboxRepository } from './outbox.repository';

export interface MailWorkerOptions {
  /** How often an idle worker asks for jobs (pg-boss polls; at least 0.5). */
  pollingIntervalSeconds?: number;
  /** Schedule the editors' daily digest (cron, once for all processes). */
  digest?: boolean;
}

const SEND_TIMEOUT_MS = 5 * 60_000;

/**
 * Sends the queued mail: pg-boss hands each job to one worker of one process; the mail's row is locked
 * while it is sent, so it leaves once even when jobs or processes overlap. Started by `main.ts` (and
 * by the tests that need it), never by merely building the application.
 */
@Injectable()
export class MailWorker implements OnApplicationShutdown {
  private readonly logger = new Logger('MailWorker');
  private boss: PgBoss | null = null;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly sender: MailSender,
    private readonly digest: DigestService,
  ) {}

  async start(options: MailWorkerOptions = {}): Promise<void> {
    if (this.boss) return;
    const boss = createJobQueue(this.databaseUrl, { schedule: options.digest ?? true, max: 4 });
    boss.on('error', (error) => this.logger.error(`Job queue: ${describeFailure(error)}`));
    await boss.start();
    this.boss = boss;
    const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
    await boss.work<{ mailId: string }>(
      MAIL_SEND_QUEUE,
      { batchSize: 5, includeMetadata: true, pollingIntervalSeconds },
      (jobs) => this.sendJobs(boss, jobs),
    );
    if (options.digest ?? true) {
      const { digestHour } = appConfig().mail;
      await boss.schedule(MAIL_DIGEST_QUEUE, `0 ${digestHour} * * *`, {}, { tz: appConfig().reportTimeZone });
      await boss.work(MAIL_DIGEST_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
        await this.digest.run();
      });
    }
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  onApplicationShutdown() {
    return this.stop();
  }

  private async sendJobs(boss: PgBoss, jobs: PgBoss.JobWithMetadata<{ mailId: string }>[]) {
    await Promise.all(
      jobs.map(async (job) => {
        const retry = await this.sendOne(job.data.mailId, job.retryCount >= job.retryLimit);
        // pg-boss retries the job later (backoff); the others of the batch complete normally.
        if (retry) await boss.fail(MAIL_SEND_QUEUE, job.id, { message: retry });
      }),
    );
  }

  /** Sends one mail; returns the reason when it should be tried again. */
  async sendOne(mailId: string, lastAttempt: boolean): Promise<string | null> {
    return this.transactions.run(
      async (tx) => {
        const mail = await this.outbox.claimForSending(tx, mailId);
        if (!mail) return null; // sent, cancelled, or being sent by another worker
        try {
          const { messageId, response } = await this.sender.send(mail);
          await this.outbox.markSent(tx, mail.id, messageId, response);
          return null;
        } catch (error) {
          const reason = describeFailure(error);
          const final = lastAttempt || !isTemporaryFailure(error);
          await this.outbox.markAttempt(tx, mail.id, reason, final);
          return final ? null : reason;
        }
      },
      { timeoutMs: SEND_TIMEOUT_MS },
    );
  }
}
