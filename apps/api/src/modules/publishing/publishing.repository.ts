import { randomUUID } from 'node:crypto';
import { REPLY_STATUSES, inReport } from '@replies/shared';
import { Injectable } from '@nestjs/common';
import type { TLanguage } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import type { ReportFormat } from '../compilation/render/render';

@Injectable()
export class PublishingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One snapshot for the whole publication (repeatable read), one publication of a cycle at a time. */
  lockCycle(tx: Tx, cycleId: string) {
    return tx.$executeRaw`SELECT 1 FROM "Cycle" WHERE id = ${cycleId}::uuid FOR UPDATE`;
  }

  countPublications(tx: Tx, cycleId: string, addendum: number) {
    return tx.publication.count({ where: { cycleId, addendum } });
  }

  createPublication(tx: Tx, data: Prisma.PublicationUncheckedCreateInput) {
    return tx.publication.create({ data });
  }

  /** Accepted (or already published) replies with their texts and the original of their latest submission. */
  publishable(tx: Tx, cycleId: string) {
    return tx.reply.findMany({
      where: {
        cycleId,
        status: { in: REPLY_STATUSES.filter(inReport) },
        decision: { not: null },
        receivedOn: { not: null },
        originalLanguage: { not: null },
      },
      include: {
        texts: true,
        versions: {
          where: { kind: { not: 'TRANSLATION' } },
          orderBy: { number: 'desc' },
          take: 1,
          select: { attachmentId: true },
        },
        entity: { select: { type: true, nameEn: true } },
      },
    });
  }

  /** The publication's copies of its replies and their texts: two statements whatever their number. */
  async addPublishedReplies(
    tx: Tx,
    publicationId: string,
    replies: {
      entityCode: string;
      originalLanguage: TLanguage;
      receivedOn: Date;
      decision: 'FULL' | 'SUMMARY' | 'WEB_ONLY';
      attachmentId: string | null;
      texts: { language: TLanguage; body: string; summary: string | null }[];
    }[],
  ): Promise<string[]> {
    const ids = replies.map(() => randomUUID());
    await tx.publishedReply.createMany({
      data: replies.map(({ texts: _texts, ...reply }, i) => ({ id: ids[i], publicationId, ...reply })),
    });
    await tx.publishedReplyText.createMany({
      data: replies.flatMap((reply, i) => reply.texts.map((text) => ({ publishedReplyId: ids[i], ...text }))),
    });
    return ids;
  }

  markPublished(tx: Tx, replyIds: string[]) {
    return tx.reply.updateMany({
      where: { id: { in: replyIds }, status: 'ACCEPTED' },
      data: { status: 'PUBLISHED', version: { increment: 1 } },
    });
  }

  setCycleStatus(tx: Tx, cycleId: string) {
    return tx.cycle.update({ where: { id: cycleId }, data: { status: 'PUBLISHED' } });
  }

  storeReport(tx: Tx, data: Prisma.CompiledReportUncheckedCreateInput) {
    return tx.compiledReport.create({ data, select: { id: true } });
  }

  // Public reading: only what a publication froze is ever shown.

  publications() {
    return this.prisma.publication.findMany({
      orderBy: { publishedAt: 'desc' },
      include: { cycle: { select: { symbol: true, texts: { select: { language: true, title: true } } } } },
    });
  }

  publicationsWithCounts() {
    return this.prisma.publication.findMany({
      orderBy: { publishedAt: 'desc' },
      include: {
        cycle: { select: { symbol: true, texts: { select: { language: true, title: true } } } },
        _count: { select: { replies: true } },
      },
    });
  }

  publicationsOf(symbol: string, addendum: number) {
    return this.prisma.publication.findMany({
      where: { cycle: { symbol }, addendum },
      orderBy: { corrigendum: 'asc' },
      include: { cycle: { select: { id: true, symbol: true, texts: { select: { language: true, title: true } } } } },
    });
  }

  publishedReport(publicationId: string, language: TLanguage, format: ReportFormat) {
    return this.prisma.compiledReport.findFirst({ where: { publicationId, language, format } });
  }

  /** A publication with what its pages show: the cycle's symbol and the published replies' entities. */
  publication(id: string) {
    return this.prisma.publication.findUnique({
      where: { id },
      include: { cycle: { select: { symbol: true } }, replies: { select: { entityCode: true } } },
    });
  }

  /** The formats of a publication stored so far, in each language. */
  publishedFormats(publicationId: string) {
    return this.prisma.compiledReport.findMany({
      where: { publicationId },
      select: { language: true, format: true },
    });
  }

  /**
   * Stores a format of a publication rendered after it (from its frozen JSON); a unique index settles
   * two processes storing it at the same moment: the loser reads the winner's row.
   */
  async storePublishedOnce(data: Prisma.CompiledReportUncheckedCreateInput & { publicationId: string }) {
    const { publicationId, language, format } = data;
    try {
      return await this.prisma.compiledReport.create({ data });
    } catch (error) {
      const stored =
        (error as { code?: string }).code === 'P2002'
          ? await this.prisma.compiledReport.findFirst({ where: { publicationId, language, format } })
          : null;
      if (!stored) throw error;
      return stored;
    }
  }
}
