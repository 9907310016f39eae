import { REPLY_STATUSES, hasReplied } from '@replies/shared';
import { Injectable } from '@nestjs/common';
import type { TLanguage } from '@replies/shared';
import { toIsoDate } from '../../common/dates';
import { PrismaService, type Tx } from '../../database/prisma.service';
import { REPORT_DATA_VERSION_SQL } from '../../database/sql/read-queries';
import type { CompilationReply } from './model/build-report';
import type { ReportFormat } from './render/render';
import { ENTITY_NAME_FIELDS } from '../entities/entities.repository';

@Injectable()
export class CompilationRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every reply of the cycle that has been submitted at least once, with its texts and its entity's names. */
  async replies(cycleId: string, tx: Tx = this.prisma): Promise<CompilationReply[]> {
    const rows = await tx.reply.findMany({
      where: {
        cycleId,
        status: { in: REPLY_STATUSES.filter(hasReplied) },
        receivedOn: { not: null },
        originalLanguage: { not: null },
      },
      select: {
        status: true,
        originalLanguage: true,
        receivedOn: true,
        decision: true,
        webOnly: true,
        texts: { select: { language: true, body: true, summary: true } },
        entity: { select: ENTITY_NAME_FIELDS },
      },
    });
    return rows.map((row) => ({
      entity: {
        code: row.entity.code,
        type: row.entity.type,
        names: {
          en: row.entity.nameEn,
          fr: row.entity.nameFr,
          es: row.entity.nameEs,
          ru: row.entity.nameRu,
          zh: row.entity.nameZh,
          ar: row.entity.nameAr,
        },
      },
      status: row.status,
      originalLanguage: row.originalLanguage!,
      receivedOn: toIsoDate(row.receivedOn!),
      decision: row.decision,
      webOnly: row.webOnly,
      texts: Object.fromEntries(row.texts.map((t) => [t.language, { body: t.body, summary: t.summary }])),
    }));
  }

  /**
   * A fingerprint of every row a compilation of the cycle reads: the cycle, its texts, its office, its
   * previous cycle, its replies with their texts and their entities. It is made of the rows' tuple
   * versions (xmin), which PostgreSQL changes on every update whoever makes it, so any change to what
   * the report reads (by any portal process, or by hand in SQL) gives another fingerprint. One query.
   */
  async dataVersion(cycleId: string): Promise<string | null> {
    const [row] = await this.prisma.$queryRawUnsafe<{ version: string | null }[]>(REPORT_DATA_VERSION_SQL, cycleId);
    return row?.version ?? null;
  }

  /** An unpublished version compiled from data of `dataVersion` (by any portal process), with its content. */
  storedFor(where: {
    cycleId: string;
    language: TLanguage;
    format: ReportFormat;
    addendum: number;
    dataVersion: string;
  }) {
    return this.prisma.compiledReport.findFirst({
      where: { ...where, publicationId: null },
      select: { id: true, checksum: true, content: true },
    });
  }

  async cutoffOf(cycleId: string, tx: Tx = this.prisma): Promise<Date | null> {
    const cycle = await tx.cycle.findUnique({ where: { id: cycleId }, select: { cutoffOn: true } });
    return cycle?.cutoffOn ?? null;
  }

  /**
   * Stores an unpublished compiled version unless the same content is stored already; a unique index
   * settles two compilations storing it at the same moment (the loser reads the winner's row).
   */
  async storeOnce(data: {
    cycleId: string;
    language: TLanguage;
    format: ReportFormat;
    addendum: number;
    checksum: string;
    content: Uint8Array<ArrayBuffer>;
    compiledById: string;
    dataVersion?: string;
  }): Promise<{ id: string }> {
    const { cycleId, language, format, addendum, checksum, dataVersion } = data;
    const find = () =>
      this.prisma.compiledReport.findFirst({
        where: { cycleId, language, format, addendum, checksum, publicationId: null },
        select: { id: true },
      });
    const existing = await find();
    if (existing) {
      // The same content from newer data: the stored version now answers for that data too.
      if (dataVersion)
        await this.prisma.compiledReport.updateMany({ where: { id: existing.id }, data: { dataVersion } });
      return existing;
    }
    try {
      return await this.prisma.compiledReport.create({ data, select: { id: true } });
    } catch (error) {
      const stored = (error as { code?: string }).code === 'P2002' ? await find() : null;
      if (!stored) throw error;
      return stored;
    }
  }

  list(cycleId: string) {
    return this.prisma.compiledReport.findMany({
      where: { cycleId },
      orderBy: { compiledAt: 'desc' },
      select: {
        id: true,
        language: true,
        format: true,
        addendum: true,
        corrigendum: true,
        checksum: true,
        compiledAt: true,
        publishedAt: true,
        compiledBy: { select: { name: true } },
      },
    });
  }

  find(cycleId: string, id: string) {
    return this.prisma.compiledReport.findFirst({ where: { cycleId, id } });
  }
}

export type { ReportFormat };
