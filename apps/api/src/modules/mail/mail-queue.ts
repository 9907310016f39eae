import { Inject, Injectable } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { appConfig } from '../../config/config';
import { DATABASE_URL, type Tx } from '../../database/prisma.service';
import { createJobQueue, MAIL_SEND_QUEUE, transactionDb } from '../../jobs/job-queue';
import { OutboxRepository, type OutgoingMail } from './outbox.repository';

/**
 * Queues mail in the caller's transaction. With a mail server (SMTP_URL), each mail is stored PENDING
 * together with its job, so both exist only if the change that caused them commits; without one, the
 * mail is kept in the outbox (HELD) and nothing is sent.
 */
@Injectable()
export class MailQueue {
  /** Never started: it only writes jobs through the caller's transaction. */
  private readonly boss: PgBoss;

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    private readonly outbox: OutboxRepository,
  ) {
    this.boss = createJobQueue(databaseUrl);
  }

  get configured(): boolean {
    return !!appConfig().mail.smtpUrl;
  }

  /** Stores the mails and queues one job each; returns how many were stored. */
  async enqueue(tx: Tx, mails: OutgoingMail[]): Promise<number> {
    const ids = await this.outbox.insert(tx, mails, this.configured ? 'PENDING' : 'HELD');
    if (this.configured) await this.addJobs(tx, ids);
    return ids.length;
  }

  /** One job per mail, retried with exponential backoff (MAIL_RETRY_LIMIT, MAIL_RETRY_DELAY_SECONDS). */
  async addJobs(tx: Tx, mailIds: string[]): Promise<void> {
    if (!mailIds.length) return;
    const { retryLimit, retryDelaySeconds } = appConfig().mail;
    await this.boss.insert(
      mailIds.map((mailId) => ({
        name: MAIL_SEND_QUEUE,
        data: { mailId },
        retryLimit,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: 600,
      })),
      { db: transactionDb(tx) },
    );
  }
}
