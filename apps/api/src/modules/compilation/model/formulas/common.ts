import { formatLongDate, type TAgenda, type TIsoDate, type TLanguage } from '@replies/shared';

export type WesternLanguage = 'en' | 'fr' | 'es' | 'ru' | 'ar';

export const LANGUAGE_NAMES: Record<TLanguage, Record<TLanguage, string>> = {
  en: { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' },
  zh: { ar: '阿拉伯文', zh: '中文', en: '英文', fr: '法文', ru: '俄文', es: '西班牙文' },
  fr: { ar: 'arabe', zh: 'chinois', en: 'anglais', fr: 'français', ru: 'russe', es: 'espagnol' },
  es: { ar: 'árabe', zh: 'chino', en: 'inglés', fr: 'francés', ru: 'ruso', es: 'español' },
  ru: { ar: 'арабском', zh: 'китайском', en: 'английском', fr: 'французском', ru: 'русском', es: 'испанском' },
  ar: { ar: 'بالعربية', zh: 'بالصينية', en: 'بالإنكليزية', fr: 'بالفرنسية', ru: 'بالروسية', es: 'بالإسبانية' },
};

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function joinWith(items: string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items.at(-1)}`;
}

/** "17 and 18 February 2010", "30 January and 2 February 2010": the shared month and year said once. */
export function westernDateList(dates: TIsoDate[], language: WesternLanguage, and: string): string {
  const sorted = [...dates].sort();
  const sameMonth = sorted.every((d) => d.slice(0, 7) === sorted[0].slice(0, 7));
  if (sorted.length > 1 && sameMonth) {
    const days = sorted.map((d) => {
      const day = Number(d.slice(8));
      return language === 'fr' && day === 1 ? '1er' : String(day);
    });
    const full = formatLongDate(sorted.at(-1)!, language);
    const rest = full.replace(/^\S+/, '');
    return `${joinWith(days, ', ', and)}${rest}`;
  }
  return joinWith(
    sorted.map((d) => formatLongDate(d, language)),
    ', ',
    and,
  );
}

/** How much two dates share: the same day, month, year, or nothing (to say the shared part once). */
export function dateSpan(from: TIsoDate, to: TIsoDate): 'day' | 'month' | 'year' | 'none' {
  if (from === to) return 'day';
  if (from.slice(0, 7) === to.slice(0, 7)) return 'month';
  if (from.slice(0, 4) === to.slice(0, 4)) return 'year';
  return 'none';
}

export const dayOf = (date: TIsoDate) => Number(date.slice(8));

/** Numbers below ten in words, as UN documents write counts. */
export function countInWords(n: number, words: readonly string[]): string {
  return n > 0 && n < 10 ? words[n] : String(n);
}

export interface ParsedAgendaItem {
  number: string;
  letters: string | null;
}

export function parseAgendaItem(item: TAgenda['item']): ParsedAgendaItem {
  const match = item.match(/^(\d+)(?:\s*\(([a-z]+)\))?$/);
  return match ? { number: match[1], letters: match[2] ?? null } : { number: item, letters: null };
}

// UN Arabic letters sub-items in the order أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ: (a) → (أ), (f) → (و), (m) → (م),
// as the agenda lines and resolution suffixes of UN Arabic texts show (e.g. "12 (و)", "123 (م)", "51/45 قاف" for S).
const ABJAD: Record<string, string> = {
  a: 'أ',
  b: 'ب',
  c: 'ج',
  d: 'د',
  e: 'هـ',
  f: 'و',
  g: 'ز',
  h: 'ح',
  i: 'ط',
  j: 'ي',
  k: 'ك',
  l: 'ل',
  m: 'م',
  n: 'ن',
  o: 'س',
  p: 'ع',
  q: 'ف',
  r: 'ص',
  s: 'ق',
  t: 'ر',
  u: 'ش',
  v: 'ت',
  w: 'ث',
  x: 'خ',
  y: 'ذ',
  z: 'ض',
};

/** "y" → "ذ", "hh" → "ح ح". */
export function arabicLetters(letters: string): string {
  return [...letters].map((letter) => ABJAD[letter] ?? letter).join(' ');
}

/** The sentences of a paragraph joined by a space (Chinese joins them with none). */
export function spaced(parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}
