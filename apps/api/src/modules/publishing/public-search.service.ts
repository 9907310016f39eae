import { gunzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { ZEntityType, ZLanguage, todayAt, type TLanguage } from '@replies/shared';
import { z } from 'zod';
import { secretariatTimeZone } from '../../common/dates';
import { headingName } from '../compilation/model/entity-names';
import { named, publishedSymbol, replyPath, slugOf, titleIn } from './pages/common';
import { markedPassage, markedWords } from './pages/passages';
import { renderSearchPage, type SearchQuery, type SearchResultGroup } from './pages/search-page';
import { PublicDocumentsService } from './public-documents.service';
import { PublishingRepository } from './publishing.repository';
import { ReadingRoomRepository } from './reading-room.repository';
import { SearchRepository, type MatchMode } from './search.repository';

export const PAGE_SIZE = 20;
/** Matches are counted up to this many; past it the page says "more than 1,000" (a common word matches most texts). */
export const COUNTED_MATCHES = 1000;

/** A reader's query string: anything unexpected is ignored rather than refused. */
const ZSearchParams = z.object({
  q: z
    .string()
    .catch('')
    .transform((q) => q.trim().slice(0, 200)),
  report: z.string().max(60).optional().catch(undefined),
  year: z.coerce.number().int().min(1945).max(2200).optional().catch(undefined),
  group: ZEntityType.optional().catch(undefined),
  sender: z
    .string()
    .max(16)
    .transform((code) => code.toUpperCase())
    .optional()
    .catch(undefined),
  in: ZLanguage.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
/** `cycle` and `entity` are the parameters' earlier names, kept so that old links still work. */
export const ZSearchQuery = z.preprocess((raw) => {
  const query = (raw ?? {}) as Record<string, unknown>;
  return { ...query, report: query.report ?? query.cycle, sender: query.sender ?? query.entity };
}, ZSearchParams);

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const ARABIC = /[\u0600-\u06ff]/;

/**
 * Chinese has no spaces: a phrase is found as a substring (trigram index). Arabic attaches articles
 * and conjunctions to words: substring and stemmed words both. Other scripts: stemmed words.
 */
export const matchModeOf = (q: string): MatchMode => (CJK.test(q) ? 'substring' : ARABIC.test(q) ? 'both' : 'words');

/** The first instant of a year in the Secretariat's calendar. */
export function startOfYear(year: number, timeZone = secretariatTimeZone()): Date {
  const guess = new Date(Date.UTC(year, 0, 1));
  const [y, m, d] = todayAt(timeZone, guess).split('-').map(Number);
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(guess));
  // The calendar there is behind UTC (e.g. 31 December, 19:00) or ahead (1 January, 05:00).
  const wall = Date.UTC(y, m - 1, d, hour);
  return new Date(guess.getTime() - (wall - guess.getTime()));
}

interface FormOptions {
  reports: { id: string; slug: string; symbol: string; title: string }[];
  years: number[];
  senders: { code: string; name: string }[];
}

@Injectable()
export class PublicSearchService {
  constructor(
    private readonly search: SearchRepository,
    private readonly reading: ReadingRoomRepository,
    private readonly publishing: PublishingRepository,
    private readonly documents: PublicDocumentsService,
  ) {}

  /** What the form offers (reports, years, senders by name): kept like a page, read in one query. */
  private async formOptions(language: TLanguage): Promise<FormOptions> {
    const served = await this.documents.serve(`/reports/search?options&lang=${language}`, async () => {
      const [cycles, senderRows, publications] = await Promise.all([
        this.reading.publishedCycles(),
        this.search.senders(),
        this.publishing.publications(),
      ]);
      const collator = new Intl.Collator(language);
      const options: FormOptions = {
        reports: cycles.map((c) => ({
          id: c.id,
          slug: c.symbol.replace(/\//g, '-'),
          symbol: c.symbol,
          title: titleIn(c.texts, language),
        })),
        years: [...new Set(publications.map((p) => Number(todayAt(secretariatTimeZone(), p.publishedAt).slice(0, 4))))],
        senders: senderRows
          .map((row) => ({ code: row.code, name: headingName(named(row), language) }))
          .sort((a, b) => collator.compare(a.name, b.name)),
      };
      return { status: 200, contentType: 'application/json', body: JSON.stringify(options) };
    });
    return JSON.parse(gunzipSync((served as { gzip: Buffer }).gzip).toString('utf8')) as FormOptions;
  }

  async page(query: SearchQuery, language: TLanguage): Promise<string> {
    const { reports, years, senders } = await this.formOptions(language);
    const base = { language, query, reports, years, senders, pageSize: PAGE_SIZE };
    if (!query.q) return renderSearchPage({ ...base, groups: [], total: 0, more: false });

    const mode = matchModeOf(query.q);
    const { rows, total, more } = await this.search.search({
      q: query.q,
      mode,
      cycleId:
        reports.find((r) => r.slug === query.report)?.id ??
        (query.report ? '00000000-0000-0000-0000-000000000000' : undefined),
      publishedFrom: query.year ? startOfYear(query.year) : undefined,
      publishedBefore: query.year ? startOfYear(query.year + 1) : undefined,
      group: query.group,
      entityCode: query.sender,
      language: query.in,
      readerLanguage: language,
      offset: (query.page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
      countUpTo: COUNTED_MATCHES,
    });
    const passages = await this.search.passages(rows);
    const names = new Map(senders.map((sender) => [sender.code, sender.name]));
    const reportOf = new Map(reports.map((r) => [r.id, r]));
    const groups: SearchResultGroup[] = [];
    for (const row of rows) {
      const cycle = reportOf.get(row.cycleId)!;
      const reportSymbol = publishedSymbol(cycle.symbol, row.addendum, 0);
      let group = groups.at(-1);
      if (group?.reportSymbol !== reportSymbol) {
        group = {
          reportSymbol,
          reportSlug: slugOf(cycle.symbol, row.addendum),
          title: cycle.title,
          items: [],
        };
        groups.push(group);
      }
      const text =
        passages.find((p) => p.publishedReplyId === row.publishedReplyId && p.language === row.language)?.text ?? '';
      const literal = text.toLowerCase().includes(query.q.toLowerCase());
      group.items.push({
        name: names.get(row.entityCode) ?? row.entityCode,
        href: `${replyPath(cycle.symbol, row.entityCode)}?lang=${row.language}`,
        language: row.language,
        passage:
          mode === 'substring' || (mode === 'both' && literal)
            ? markedPassage(text, query.q)
            : markedWords(text, query.q),
      });
    }
    return renderSearchPage({ ...base, groups, total, more });
  }
}
