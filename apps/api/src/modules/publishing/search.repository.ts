import { Injectable } from '@nestjs/common';
import type { TEntityType, TLanguage } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import { ENTITY_NAME_FIELDS } from '../entities/entities.repository';

/** How a query is matched: by words (stemmed full-text search), by substring (trigram index), or both. */
export type MatchMode = 'words' | 'substring' | 'both';

export interface SearchFilter {
  q: string;
  mode: MatchMode;
  cycleId?: string;
  publishedFrom?: Date;
  publishedBefore?: Date;
  group?: TEntityType;
  entityCode?: string;
  language?: TLanguage;
  /** The reader's language: a reply that matches in several languages is shown in this one first. */
  readerLanguage: TLanguage;
  offset: number;
  limit: number;
}

export interface SearchRow {
  publishedReplyId: string;
  language: TLanguage;
  cycleId: string;
  addendum: number;
  entityCode: string;
  publishedAt: Date;
  total: number;
}

export interface SearchEntryInput {
  publishedReplyId: string;
  language: TLanguage;
  isOriginal: boolean;
  cycleId: string;
  addendum: number;
  entityCode: string;
  entityType: TEntityType;
  sortName: string;
  publishedAt: Date;
  text: string;
}

/** Every language's stemming at once: an English word finds English texts, a French word French ones. */
const CONFIGS = ['english', 'french', 'spanish', 'russian', 'arabic', 'simple'];
const tsQuery = (q: string) =>
  Prisma.join(
    CONFIGS.map((config) => Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}, ${q})`),
    ' || ',
  );

/** `%`, `_` and `\` are literal in a reader's query. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The reading room's search: PostgreSQL full-text search and a trigram index over the latest published texts. */
@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Replaces the entries of these replies (in their cycle) by their newest publication's texts. */
  async index(tx: Tx, cycleId: string, entries: SearchEntryInput[]) {
    const codes = [...new Set(entries.map((e) => e.entityCode))];
    await tx.publicSearchEntry.deleteMany({ where: { cycleId, entityCode: { in: codes } } });
    await tx.publicSearchEntry.createMany({ data: entries });
  }

  private match(filter: SearchFilter): Prisma.Sql {
    const words = Prisma.sql`s."words" @@ (${tsQuery(filter.q)})`;
    // Chinese and Arabic have no letter case: LIKE, cheaper than ILIKE, gives the same answer.
    const like = filter.q.toLowerCase() === filter.q.toUpperCase() ? Prisma.sql`LIKE` : Prisma.sql`ILIKE`;
    // A Chinese phrase is looked for in Chinese texts, an Arabic one in Arabic texts.
    const script = filter.mode === 'substring' ? 'zh' : 'ar';
    const substring = Prisma.sql`(s."language" = ${script}::"Language" AND s."text" ${like} ${likePattern(filter.q)})`;
    if (filter.mode === 'words') return words;
    if (filter.mode === 'substring') return substring;
    return Prisma.sql`(${words} OR ${substring})`;
  }

  private where(filter: SearchFilter): Prisma.Sql {
    const conditions = [this.match(filter)];
    if (filter.cycleId) conditions.push(Prisma.sql`s."cycleId" = ${filter.cycleId}::uuid`);
    if (filter.publishedFrom) conditions.push(Prisma.sql`s."publishedAt" >= ${filter.publishedFrom}`);
    if (filter.publishedBefore) conditions.push(Prisma.sql`s."publishedAt" < ${filter.publishedBefore}`);
    if (filter.group) conditions.push(Prisma.sql`s."entityType" = ${filter.group}::"EntityType"`);
    if (filter.entityCode) conditions.push(Prisma.sql`s."entityCode" = ${filter.entityCode}`);
    if (filter.language) conditions.push(Prisma.sql`s."language" = ${filter.language}::"Language"`);
    return Prisma.join(conditions, ' AND ');
  }

  /**
   * One result per reply (in the reader's language if it matches there, else its original, else any),
   * ordered as the reports are: newest publication first, then States, United Nations system, others.
   */
  async search(filter: SearchFilter): Promise<SearchRow[]> {
    const [, rows] = await this.prisma.$transaction([
      // The planner prices a sequential scan without the cost of reading each row's vector or text
      // from TOAST, and would pick it for common words: the indexes are always the better way here.
      this.prisma.$executeRawUnsafe('SET LOCAL enable_seqscan = off'),
      this.prisma.$queryRaw<(Omit<SearchRow, 'total'> & { total: bigint })[]>`
      WITH matches AS (
        SELECT DISTINCT ON (s."publishedReplyId")
          s."publishedReplyId", s."language", s."cycleId", s."addendum", s."entityCode", s."entityType", s."sortName", s."publishedAt"
        FROM "PublicSearchEntry" s
        WHERE ${this.where(filter)}
        ORDER BY s."publishedReplyId", (s."language" = ${filter.readerLanguage}::"Language") DESC, s."isOriginal" DESC, s."language"
      )
      SELECT "publishedReplyId", "language"::text AS "language", "cycleId", "addendum", "entityCode", "publishedAt",
             count(*) OVER () AS "total"
      FROM matches
      ORDER BY "publishedAt" DESC, "cycleId", "addendum", "entityType", "sortName", "entityCode"
      LIMIT ${filter.limit} OFFSET ${filter.offset}`,
    ]);
    return rows.map((row) => ({ ...row, total: Number(row.total) }));
  }

  /** The texts of one page of results, to show the passage that matched. */
  passages(keys: { publishedReplyId: string; language: TLanguage }[]) {
    if (!keys.length) return Promise.resolve([]);
    const pairs = Prisma.join(keys.map((k) => Prisma.sql`(${k.publishedReplyId}::uuid, ${k.language}::"Language")`));
    return this.prisma.$queryRaw<{ publishedReplyId: string; language: TLanguage; text: string }[]>`
      SELECT s."publishedReplyId", s."language"::text AS "language", s."text"
      FROM "PublicSearchEntry" s
      WHERE (s."publishedReplyId", s."language") IN (${pairs})`;
  }

  /** Who has published something, for the search form's list of senders. */
  senders() {
    return this.prisma.entity.findMany({
      where: { publishedReplies: { some: {} } },
      select: ENTITY_NAME_FIELDS,
    });
  }
}
