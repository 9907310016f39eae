import { symbolToSlug, type TCycle, type TLanguage, type TLocalizedText } from '@replies/shared';

/** A text in the interface language when the cycle has it, else in English, with the language it is in. */
export function localized(text: TLocalizedText, language: TLanguage): { text: string; lang: TLanguage } {
  const own = text[language];
  return own && own.trim() ? { text: own, lang: language } : { text: text.en ?? '', lang: 'en' };
}

export const cycleTitle = (cycle: TCycle, language: TLanguage) => localized(cycle.title, language);

/** The name of an invited or replying entity as the API lists it (English and Chinese). */
export function listedName(
  names: { en: string; zh: string | null },
  language: TLanguage,
): { text: string; lang: TLanguage } {
  return language === 'zh' && names.zh && names.zh.trim()
    ? { text: names.zh, lang: 'zh' }
    : { text: names.en, lang: 'en' };
}

/** The address of a cycle's page; the API accepts the slug (A-65-99) in place of the id. */
export const slugOf = (cycle: Pick<TCycle, 'slug' | 'symbol'>) => cycle.slug || symbolToSlug(cycle.symbol);
export const cycleHref = (cycle: Pick<TCycle, 'slug' | 'symbol'>) => `/cycles/${slugOf(cycle)}`;
export const replyHref = (slug: string, entityCode: string) => `/cycles/${slug}/replies/${entityCode}`;
/** The confirmation of the latest submission of a reply: reference number, date received, receipt. */
export const submittedHref = (slug: string, entityCode: string) => `${replyHref(slug, entityCode)}/submitted`;
/** The Secretariat's review page of one reply. */
export const reviewHref = (slug: string, entityCode: string) => `/cycles/${slug}/review/${entityCode}`;
export const auditHref = (slug: string) => `/cycles/${slug}/audit`;
/** The Secretariat's report page of a cycle: checks, preview, publication. */
export const reportHref = (slug: string) => `/cycles/${slug}/report`;

/** The cycle's settings with its form opened at one field, in one language (where a check points). */
export function cycleFieldHref(
  slug: string,
  field: 'title' | 'mandate' | 'request' | 'observations' | 'introduction' | 'issuedOn',
  language?: TLanguage,
  paragraph?: string,
): string {
  const query = new URLSearchParams({ edit: field });
  if (language) query.set('editLang', language);
  if (paragraph) query.set('paragraph', paragraph);
  return `/cycles/${slug}/settings?${query.toString()}#edit-cycle-title`;
}
