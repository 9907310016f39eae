import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { DATABASE_URL, type Tx } from '../../database/prisma.service';
import { createJobQueue, PUBLICATION_RENDER_QUEUE, transactionDb } from '../../jobs/job-queue';
import { PublicPagesService } from './public-pages.service';
import { PublishedReportsService } from './published-reports.service';
import { PublishingRepository } from './publishing.repository';

/**
 * After a publication: its report in every other format and its public pages, rendered ahead of the
 * first readers by a pg-boss job queued in the publishing transaction (so it exists exactly when the
 * publication does, and survives a process stopping). Anything the job has not rendered yet is
 * rendered on its first request instead, so readers never depend on it. Started by `main.ts`.
 */
@Injectable()
export class PublicationJobs implements OnApplicationShutdown {
  private readonly logger = new Logger('PublicationJobs');
  /** Writes jobs through the caller's transaction; never started. */
  private readonly queueOnly: PgBoss;
  private worker: PgBoss | null = null;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly publishing: PublishingRepository,
    private readonly reports: PublishedReportsService,
    private readonly pages: PublicPagesService,
  ) {
    this.queueOnly = createJobQueue(databaseUrl);
  }

  async queue(tx: Tx, publicationId: string): Promise<void> {
    await this.queueOnly.insert(
      [
        {
          name: PUBLICATION_RENDER_QUEUE,
          data: { publicationId },
          retryLimit: 3,
          retryDelay: 30,
          retryBackoff: true,
          expireInSeconds: 1800,
        },
      ],
      { db: transactionDb(tx) },
    );
  }

  async start(options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
    if (this.worker) return;
    // The mail worker's queue in the same process keeps the schema's maintenance: this one only works.
    const boss = createJobQueue(this.databaseUrl, { supervise: false, schedule: false, max: 2 });
    boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
    await boss.start();
    this.worker = boss;
    await boss.work<{ publicationId: string }>(
      PUBLICATION_RENDER_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([job]) => this.render(job.data.publicationId),
    );
  }

  async stop(): Promise<void> {
    const boss = this.worker;
    this.worker = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  onApplicationShutdown() {
    return this.stop();
  }

  /** The job: every format not stored yet, then the pages a reader of the new publication opens. */
  async render(publicationId: string): Promise<void> {
    const publication = await this.publishing.publication(publicationId);
    if (!publication) return; // its cycle was deleted meanwhile
    const started = Date.now();
    await this.reports.renderMissing(publication);
    await this.pages.prerender(
      publication.cycle.symbol,
      publication.addendum,
      publication.languages,
      publication.replies.map((r) => r.entityCode),
    );
    this.logger.log(`Rendered publication ${publicationId} in ${Date.now() - started} ms`);
  }
}
