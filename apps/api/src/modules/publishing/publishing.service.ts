import { Injectable } from '@nestjs/common';
import { ZPublishReport, type TCycle, type TLanguage, type TPublishResult } from '@replies/shared';
import type { Tx } from '../../database/prisma.service';
import type { z } from 'zod';
import { conflict } from '../../common/domain-error';
import { MailNotifications } from '../mail/notifications.service';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { CompilationService } from '../compilation/compilation.service';
import { publishedSymbol } from './pages/common';
import { PublicationJobs } from './publication-jobs';
import { PublishingRepository } from './publishing.repository';
import { SearchRepository, type SearchEntryInput } from './search.repository';
import { Transactions } from '../../database/transactions';
import { HeavyWork } from '../../workers/heavy-work.service';
import type { RenderedFile } from '../../workers/heavy-work';

/**
 * The format a publication stores at once: the report's whole model, which the public report page
 * reads and from which the other formats are rendered later (PublishedReportsService).
 */
const FROZEN = 'JSON';

@Injectable()
export class PublishingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly publishing: PublishingRepository,
    private readonly compilation: CompilationService,
    private readonly audit: AuditService,
    private readonly search: SearchRepository,
    private readonly mail: MailNotifications,
    private readonly work: HeavyWork,
    private readonly jobs: PublicationJobs,
  ) {}

  /**
   * Freezes the report (or addendum) in the chosen languages, and publishes the full text of each
   * accepted reply in it. Publishing again after a correction adds a corrigendum; the earlier
   * publication stays reachable. What the publication makes derivable (the report's other formats, the
   * public pages) is not made here: a job queued with the publication renders it after the answer,
   * and any of it is rendered on its first request if the job has not got there yet.
   */
  async publish(cycle: TCycle, input: z.infer<typeof ZPublishReport>, user: SessionUser): Promise<TPublishResult> {
    const addendum = input.addendum;
    let result: TPublishResult;
    try {
      result = await this.transactions.run(
        async (tx) => {
          await this.publishing.lockCycle(tx, cycle.id);
          // The report and the published replies come from the same reading of the database.
          const loaded = await this.compilation.load(cycle, tx);
          // Each language compiled in a worker thread (the request loop stays free) to its frozen model.
          const compiled = await Promise.all(
            input.languages.map(async (language) => {
              const result = await this.work.run({
                kind: 'compile',
                input: await this.compilation.workerInput(cycle, language, addendum, loaded),
                formats: [FROZEN],
              });
              return { language, files: result.files, inScope: result.inScope };
            }),
          );
          return this.freeze(tx, cycle, input, compiled, user);
        },
        { isolation: 'RepeatableRead', timeoutMs: 60_000 },
      );
    } catch (error) {
      if ((error as { code?: string }).code === 'P2034') {
        throw conflict(
          'PUBLISH_CONFLICT',
          'A reply changed while the report was being published. Nothing was published: publish again.',
        );
      }
      throw error;
    }
    return result;
  }

  private async freeze(
    tx: Tx,
    cycle: TCycle,
    input: z.infer<typeof ZPublishReport>,
    compiled: {
      language: TLanguage;
      files: RenderedFile[];
      inScope: string[];
    }[],
    user: SessionUser,
  ): Promise<TPublishResult> {
    const addendum = input.addendum;
    const scope = new Set(compiled[0].inScope);
    const replies = (await this.publishing.publishable(tx, cycle.id)).filter((r) => scope.has(r.entityCode));
    if (!replies.length)
      throw conflict(
        'NOTHING_TO_PUBLISH',
        'No accepted reply belongs to this report yet: accept replies before publishing.',
      );
    const corrigendum = await this.publishing.countPublications(tx, cycle.id, addendum);
    const publication = await this.publishing.createPublication(tx, {
      cycleId: cycle.id,
      addendum,
      corrigendum,
      languages: input.languages,
      publishedById: user.id,
    });
    const publishedIds = await this.publishing.addPublishedReplies(
      tx,
      publication.id,
      replies.map((reply) => ({
        entityCode: reply.entityCode,
        originalLanguage: reply.originalLanguage!,
        receivedOn: reply.receivedOn!,
        decision: reply.decision!,
        // The original sent with the version being published, never an older file.
        attachmentId: reply.versions[0]?.attachmentId ?? null,
        texts: reply.texts.map((t) => ({ language: t.language, body: t.body, summary: t.summary })),
      })),
    );
    const searchEntries: SearchEntryInput[] = replies.flatMap((reply, i) =>
      reply.texts.map((text) => ({
        publishedReplyId: publishedIds[i],
        language: text.language,
        isOriginal: text.language === reply.originalLanguage,
        cycleId: cycle.id,
        addendum,
        entityCode: reply.entityCode,
        entityType: reply.entity.type,
        sortName: reply.entity.nameEn,
        publishedAt: publication.publishedAt,
        text: text.summary ? `${text.body}\n\n${text.summary}` : text.body,
      })),
    );
    // The search finds each reply as last published: this publication's copy replaces the earlier one.
    await this.search.index(tx, cycle.id, searchEntries);
    for (const { language, files } of compiled) {
      for (const { format, bytes, checksum } of files) {
        await this.publishing.storeReport(tx, {
          cycleId: cycle.id,
          language,
          format,
          addendum,
          corrigendum,
          checksum,
          content: new Uint8Array(bytes),
          compiledById: user.id,
          publishedAt: publication.publishedAt,
          publicationId: publication.id,
        });
      }
    }
    await this.publishing.markPublished(
      tx,
      replies.map((r) => r.id),
    );
    await this.publishing.setCycleStatus(tx, cycle.id);
    // Committed with the publication, so a process stopping right after the answer loses nothing.
    await this.jobs.queue(tx, publication.id);
    const symbol = publishedSymbol(cycle.symbol, addendum, corrigendum);
    // Each published reply's focal points get its public address (a corrigendum too: the address they had still works).
    await this.mail.published(
      tx,
      cycle,
      symbol,
      replies.map((r) => r.entityCode),
    );
    await this.audit.record(tx, {
      actorId: user.id,
      action: 'cycle.publish',
      targetType: 'Cycle',
      targetId: cycle.id,
      cycleId: cycle.id,
      after: { symbol, languages: input.languages, replies: replies.map((r) => r.entityCode) },
    });
    return {
      symbol,
      corrigendum,
      addendum,
      languages: input.languages,
      replies: replies.length,
      publishedAt: publication.publishedAt.toISOString(),
    };
  }
}
