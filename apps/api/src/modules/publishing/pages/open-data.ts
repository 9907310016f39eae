import { LANGUAGES, type TDecision, type TEntityType, type TLanguage } from '@replies/shared';
import { toIsoDate } from '../../../common/dates';
import { headingName, type NamedEntity } from '../../compilation/model/entity-names';
import { fileExtension, inReportOrder, replyPath, slugOf } from './common';

/** One published reply as the open data describe it (README.md, "Open data", gives each field's meaning). */
export interface OpenDataReply {
  code: string;
  group: TEntityType;
  names: Record<TLanguage, string>;
  originalLanguage: TLanguage;
  dateReceived: string;
  decision: TDecision;
  fullTextUrl: string;
  texts: { language: TLanguage; original: boolean; url: string; hasSummary: boolean }[];
  originalFile: { url: string; fileName: string; mediaType: string; size: number; sha256: string } | null;
}

export interface OpenDataSet {
  report: {
    symbol: string;
    publishedSymbol: string;
    title: Partial<Record<TLanguage, string>>;
    publishedAt: string;
    languages: TLanguage[];
    url: string;
  };
  replies: OpenDataReply[];
}

export interface OpenDataInput {
  site: string;
  cycleSymbol: string;
  addendum: number;
  corrigendum: number;
  publishedSymbol: string;
  /** Whether the addresses name this corrigendum (`?version=`) or the publication in force. */
  pinned: boolean;
  titles: { language: string; title: string }[];
  publishedAt: Date;
  languages: TLanguage[];
  replies: {
    entity: NamedEntity;
    originalLanguage: TLanguage;
    receivedOn: Date;
    decision: TDecision;
    texts: { language: TLanguage; summary: string | null }[];
    file: { fileName: string; mediaType: string; size: number; sha256: string } | null;
  }[];
}

export function openDataSet(input: OpenDataInput): OpenDataSet {
  const version = input.pinned ? `version=${input.corrigendum}` : '';
  const withQuery = (url: string, query: string) => (query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url);
  const replies = inReportOrder(input.replies, 'en').map((reply): OpenDataReply => {
    const page = `${input.site}${replyPath(input.cycleSymbol, reply.entity.code)}`;
    return {
      code: reply.entity.code,
      group: reply.entity.type,
      names: Object.fromEntries(LANGUAGES.map((code) => [code, headingName(reply.entity, code)])) as Record<
        TLanguage,
        string
      >,
      originalLanguage: reply.originalLanguage,
      dateReceived: toIsoDate(reply.receivedOn),
      decision: reply.decision,
      fullTextUrl: withQuery(page, version),
      texts: LANGUAGES.filter((code) => reply.texts.some((t) => t.language === code)).map((code) => ({
        language: code,
        original: code === reply.originalLanguage,
        url: withQuery(`${page}?lang=${code}`, version),
        hasSummary: !!reply.texts.find((t) => t.language === code)?.summary,
      })),
      originalFile: reply.file && { url: withQuery(`${page}/original`, version), ...reply.file },
    };
  });
  return {
    report: {
      symbol: `${input.cycleSymbol}${input.addendum ? `/Add.${input.addendum}` : ''}`,
      publishedSymbol: input.publishedSymbol,
      title: Object.fromEntries(input.titles.filter((t) => t.title).map((t) => [t.language, t.title])),
      publishedAt: input.publishedAt.toISOString(),
      languages: input.languages,
      url: withQuery(`${input.site}/reports/${slugOf(input.cycleSymbol, input.addendum)}`, version),
    },
    replies,
  };
}

export const CSV_COLUMNS = [
  'code',
  'group',
  ...LANGUAGES.map((code) => `name_${code}`),
  'original_language',
  'date_received',
  'decision',
  'full_text_url',
  'languages',
  ...LANGUAGES.map((code) => `text_url_${code}`),
  'original_file_url',
  'original_file_name',
  'original_file_type',
  'original_file_size',
  'original_file_sha256',
] as const;

/**
 * RFC 4180, UTF-8 with a byte-order mark so that spreadsheets show Chinese and Arabic names. A cell
 * that a spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe.
 */
export function toCsv(data: OpenDataSet): string {
  const cell = (value: string | number | null | undefined) => {
    let text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = data.replies.map((r) => {
    const textUrl = (code: TLanguage) => r.texts.find((t) => t.language === code)?.url ?? '';
    return [
      r.code,
      r.group,
      ...LANGUAGES.map((code) => r.names[code]),
      r.originalLanguage,
      r.dateReceived,
      r.decision,
      r.fullTextUrl,
      r.texts.map((t) => t.language).join(' '),
      ...LANGUAGES.map(textUrl),
      r.originalFile?.url,
      r.originalFile?.fileName,
      r.originalFile?.mediaType,
      r.originalFile?.size,
      r.originalFile?.sha256,
    ]
      .map(cell)
      .join(',');
  });
  return `\ufeff${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Where each reply's files sit inside full-texts.zip. */
export const zipPaths = {
  text: (code: string, language: TLanguage, original: boolean) =>
    `${code}/text-${language}-${original ? 'original' : 'translation'}.txt`,
  summary: (code: string, language: TLanguage, original: boolean) =>
    `${code}/summary-${language}-${original ? 'original' : 'translation'}.txt`,
  original: (code: string, mediaType: string) => `${code}/original-file.${fileExtension(mediaType)}`,
};
