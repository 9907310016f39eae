import { ENTITY_TYPES, formatLongDate, todayAt, type TLanguage } from '@replies/shared';
import { secretariatTimeZone } from '../../../common/dates';
import { headingName, type NamedEntity } from '../../compilation/model/entity-names';

export type EntityNames = {
  code: string;
  type: NamedEntity['type'];
  nameEn: string;
  nameFr: string | null;
  nameEs: string | null;
  nameRu: string | null;
  nameZh: string | null;
  nameAr: string | null;
};

export const named = (e: EntityNames): NamedEntity => ({
  code: e.code,
  type: e.type,
  names: { en: e.nameEn, fr: e.nameFr, es: e.nameEs, ru: e.nameRu, zh: e.nameZh, ar: e.nameAr },
});

export const direction = (language: string) => (language === 'ar' ? 'rtl' : 'ltr');

/** "A/65/99", addendum 1 → "A-65-99-Add.1": the report's public address. */
export const slugOf = (symbol: string, addendum: number) =>
  `${symbol.replace(/\//g, '-')}${addendum ? `-Add.${addendum}` : ''}`;

/** "A/65/99", "A/65/99/Add.1", "A/65/99/Corr.1", "A/65/99/Add.1/Corr.2". */
export function publishedSymbol(symbol: string, addendum: number, corrigendum: number): string {
  return `${symbol}${addendum ? `/Add.${addendum}` : ''}${corrigendum ? `/Corr.${corrigendum}` : ''}`;
}

/** A reply's full text lives under its cycle's report, whichever addendum carried it. */
export const replyPath = (symbol: string, entityCode: string) =>
  `/reports/${symbol.replace(/\//g, '-')}/replies/${entityCode}`;

/** A publication's date as the Secretariat's calendar has it (not UTC). */
export const publishedOn = (at: Date, language: TLanguage) =>
  formatLongDate(todayAt(secretariatTimeZone(), at), language);

export const titleIn = (texts: { language: string; title: string }[], language: TLanguage) =>
  texts.find((t) => t.language === language && t.title)?.title ?? texts.find((t) => t.language === 'en')?.title ?? '';

const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

/** "PDF, 120 KB" with the page's digits and separators. */
export function fileLabel(file: { mediaType: string; size: number }, language: TLanguage): string {
  const kind = FILE_TYPES[file.mediaType] ?? file.mediaType;
  const megabytes = file.size >= 1_000_000;
  const amount = new Intl.NumberFormat(language, { maximumFractionDigits: megabytes ? 1 : 0 }).format(
    megabytes ? file.size / 1_000_000 : Math.max(1, Math.round(file.size / 1000)),
  );
  return `${kind}, ${amount} ${megabytes ? 'MB' : 'KB'}`;
}

export const fileExtension = (mediaType: string) => (FILE_TYPES[mediaType] ?? 'bin').toLowerCase();

/**
 * Entities in the order of the report: States, then the United Nations system, then other
 * organizations; by name in the page's collation, except Chinese, which keeps the English order.
 */
export function inReportOrder<T extends { entity: NamedEntity }>(items: T[], language: TLanguage): T[] {
  const collator = new Intl.Collator(language === 'zh' ? 'en' : language);
  const nameFor = (item: T) => headingName(item.entity, language === 'zh' ? 'en' : language);
  return [...items].sort(
    (a, b) =>
      ENTITY_TYPES.indexOf(a.entity.type) - ENTITY_TYPES.indexOf(b.entity.type) ||
      collator.compare(nameFor(a), nameFor(b)),
  );
}
