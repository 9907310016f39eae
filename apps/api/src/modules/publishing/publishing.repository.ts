import { Injectable } from '@nestjs/common';
import type { TLanguage } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

const ENTITY_NAMES = {
  code: true,
  type: true,
  nameEn: true,
  nameFr: true,
  nameEs: true,
  nameRu: true,
  nameZh: true,
  nameAr: true,
} as const;

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
        status: { in: ['ACCEPTED', 'PUBLISHED'] },
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
    await tx.publishedReply.create({ data: { ...reply, texts: { create: texts } } });
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

  /** The reply as last published in a cycle (any addendum), with every language and the entity's names. */
  publishedReply(symbol: string, entityCode: string) {
    return this.prisma.publishedReply.findFirst({
      where: { entityCode, publication: { cycle: { symbol } } },
      orderBy: { publication: { publishedAt: 'desc' } },
      include: {
        texts: true,
        entity: { select: ENTITY_NAMES },
        publication: {
          select: { addendum: true, corrigendum: true, publishedAt: true, cycle: { select: { symbol: true } } },
        },
      },
    });
  }

  attachment(id: string) {
    return this.prisma.attachment.findUnique({ where: { id } });
  }

  search(filter: { q: string; symbol?: string; entityCode?: string; language?: TLanguage }) {
    return this.prisma.publishedReplyText.findMany({
      where: {
        language: filter.language,
        OR: [
          { body: { contains: filter.q, mode: 'insensitive' } },
          { summary: { contains: filter.q, mode: 'insensitive' } },
        ],
        publishedReply: {
          entityCode: filter.entityCode,
          publication: { cycle: filter.symbol ? { symbol: filter.symbol } : undefined },
        },
      },
      take: 200,
      include: {
        publishedReply: {
          include: {
            entity: { select: ENTITY_NAMES },
            publication: { select: { publishedAt: true, cycle: { select: { symbol: true } } } },
          },
        },
      },
    });
  }

  publishedCycles() {
    return this.prisma.cycle.findMany({
      where: { publications: { some: {} } },
      select: { symbol: true },
      orderBy: { symbol: 'asc' },
    });
  }
}
