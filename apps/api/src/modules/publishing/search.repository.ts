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
  /** Matches are counted up to this many (or to the end of the page asked for, if further). */
  countUpTo: number;
}

export interface SearchRow {
  publishedReplyId: string;
  language: TLanguage;
  cycleId: string;
  addendum: number;
  entityCode: string;
  publishedAt: Date;
}

/** One page of results, and how many replies matched: `total`, or more than that when `more`. */
export interface SearchPageRows {
  rows: SearchRow[];
  total: number;
  more: boolean;
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
   *
   * Matches are taken in that order and counted only up to `countUpTo` (or the end of the page), so a
   * word found in most texts costs the first thousand matches, not all of them: PostgreSQL walks the
   * publication-date index and stops there (a rare word still goes through the full-text index).
   * Every text of a reply shares its sort keys, so the reply's texts come together and DISTINCT ON
   * keeps the one in the preferred language.
   */
  async search(filter: SearchFilter): Promise<SearchPageRows> {
    const counted = Math.max(filter.countUpTo, filter.offset + filter.limit);
    const [, , rows] = await this.prisma.$transaction([
      // The planner prices a sequential scan without the cost of reading each row's vector or text
      // from TOAST, and would pick it for common words: the indexes are always the better way here.
      this.prisma.$executeRawUnsafe('SET LOCAL enable_seqscan = off'),
      // A substring is tested on the whole text, read from TOAST for each row of a walk in date order;
      // the trigram index finds the candidates without reading them, so it goes first even for many.
      this.prisma.$executeRawUnsafe(`SET LOCAL enable_indexscan = ${filter.mode === 'substring' ? 'off' : 'on'}`),
      this.prisma.$queryRaw<(SearchRow & { total: bigint })[]>`
      WITH matches AS (
        SELECT DISTINCT ON (s."publishedAt", s."cycleId", s."addendum", s."entityType", s."sortName", s."entityCode", s."publishedReplyId")
          s."publishedReplyId", s."language", s."cycleId", s."addendum", s."entityCode", s."entityType", s."sortName", s."publishedAt"
        FROM "PublicSearchEntry" s
        WHERE ${this.where(filter)}
        ORDER BY s."publishedAt" DESC, s."cycleId", s."addendum", s."entityType", s."sortName", s."entityCode", s."publishedReplyId",
          (s."language" = ${filter.readerLanguage}::"Language") DESC, s."isOriginal" DESC, s."language"
        LIMIT ${counted + 1}
      )
      SELECT "publishedReplyId", "language"::text AS "language", "cycleId", "addendum", "entityCode", "publishedAt",
             count(*) OVER () AS "total"
      FROM matches
      ORDER BY "publishedAt" DESC, "cycleId", "addendum", "entityType", "sortName", "entityCode", "publishedReplyId"
      LIMIT ${filter.limit} OFFSET ${filter.offset}`,
    ]);
    const total = Number(rows[0]?.total ?? 0);
    return {
      rows: rows.map(({ total: _total, ...row }) => row),
      total: Math.min(total, counted),
      more: total > counted,
    };
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
