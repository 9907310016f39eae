import { z } from 'zod';

/** The dates the portal accepts: from the founding of the Organization to the end of this century. */
export const EARLIEST_DATE = '1945-01-01';
export const LATEST_DATE = '2100-12-31';

/** A calendar date as YYYY-MM-DD (no time, no zone): note verbale, cut-off and receipt dates. */
export const ZIsoDate = z.iso
  .date({ error: 'Enter a date as YYYY-MM-DD.' })
  .refine((date) => date >= EARLIEST_DATE && date <= LATEST_DATE, {
    error: 'Enter a date between 1945-01-01 and 2100-12-31.',
  });
export type TIsoDate = string;

/** One formatter per time zone: making one costs forty times more than using it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date where the Secretariat works (UN Headquarters, New York), as YYYY-MM-DD. */
export function todayAt(timeZone = 'America/New_York', now = new Date()): TIsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: TIsoDate, to: TIsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  // UN Arabic documents name each month twice: the Levantine name, then the one used in Egypt and the Maghreb.
  ar: [
    'كانون الثاني/يناير',
    'شباط/فبراير',
    'آذار/مارس',
    'نيسان/أبريل',
    'أيار/مايو',
    'حزيران/يونيه',
    'تموز/يوليه',
    'آب/أغسطس',
    'أيلول/سبتمبر',
    'تشرين الأول/أكتوبر',
    'تشرين الثاني/نوفمبر',
    'كانون الأول/ديسمبر',
  ],
};

/**
 * A date as UN documents print it in each language: "23 June 2010", "1er juillet 2011",
 * "16 de julio de 2014", "23 сентября 2010 года", "17 كانون الأول/ديسمبر 2007", "2010年6月1日"
 * (`spaced` gives the Chinese of printed documents: "2010 年 6 月 1 日").
 */
export function formatLongDate(
  date: TIsoDate,
  language: 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es',
  options: { spaced?: boolean } = {},
): string {
  const [year, month, day] = date.split('-').map(Number);
  switch (language) {
    case 'zh':
      return options.spaced ? `${year} 年 ${month} 月 ${day} 日` : `${year}年${month}月${day}日`;
    case 'fr':
      return `${day === 1 ? '1er' : day} ${MONTHS.fr[month - 1]} ${year}`;
    case 'es':
      return `${day} de ${MONTHS.es[month - 1]} de ${year}`;
    case 'ru':
      return `${day} ${MONTHS.ru[month - 1]} ${year} года`;
    default:
      return `${day} ${MONTHS[language][month - 1]} ${year}`;
  }
}
