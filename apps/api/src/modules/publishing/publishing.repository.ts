import { REPLY_STATUSES, inReport } from '@replies/shared';
import { Injectable } from '@nestjs/common';
import type { TLanguage } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

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

  async addPublishedReply(
    tx: Tx,
    data: {
      publicationId: string;
      entityCode: string;
      originalLanguage: TLanguage;
      receivedOn: Date;
      decision: 'FULL' | 'SUMMARY' | 'WEB_ONLY';
      attachmentId: string | null;
      texts: { language: TLanguage; body: string; summary: string | null }[];
    },
  ) {
    const { texts, ...reply } = data;
    return tx.publishedReply.create({ data: { ...reply, texts: { create: texts } }, select: { id: true } });
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

  publishedReport(publicationId: string, language: TLanguage, format: 'HTML' | 'DOCX' | 'MD' | 'JSON') {
    return this.prisma.compiledReport.findFirst({ where: { publicationId, language, format } });
  }
}
