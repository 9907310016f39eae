import { useMemo } from 'react';
import { useTranslation } from '../i18n/react';
import { formatLongDate, ZIsoDate, type TIsoDate, type TLanguage } from '@replies/shared';
import { LANGUAGE_INFO, officialLanguage } from '../i18n/language-info';

/** The locale used to write numbers and dates in an interface language (UN English writes 23 November 2026). */
export function localeOf(language: TLanguage): string {
  return language === 'en' ? 'en-GB' : LANGUAGE_INFO[language].htmlLang;
}

const DATE_TIME_JOINER: Record<TLanguage, string> = { en: ', ', fr: ', ', es: ', ', ru: ', ', zh: ' ', ar: '، ' };

export interface Formatters {
  language: TLanguage;
  number: (value: number) => string;
  /**
   * A calendar date (YYYY-MM-DD), written out as UN documents and this portal's mail and reports write it,
   * in every language the same way: day, month in words, year (23 November 2026, 2026年11月23日,
   * 23 تشرين الثاني/نوفمبر 2026).
   */
  date: (value: TIsoDate) => string;
  /** The hour and minute of a moment, in the browser's time zone, on the 24-hour clock: 14:05. */
  time: (value: Date | string) => string;
  /** A moment with its date, in the browser's time zone: 23 November 2026, 14:05. */
  dateTime: (value: Date | string) => string;
}

/** Number and date formatters of the current interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = officialLanguage(i18n.resolvedLanguage);
  return useMemo(() => {
    const locale = localeOf(language);
    const number = new Intl.NumberFormat(locale);
    // Latin digits and the 24-hour clock in every language, as the dates are.
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const asDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);
    const date = (value: TIsoDate) => (ZIsoDate.safeParse(value).success ? formatLongDate(value, language) : value);
    const localDay = (moment: Date): TIsoDate =>
      `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
    return {
      language,
      number: (value) => number.format(value),
      date,
      time: (value) => time.format(asDate(value)),
      dateTime: (value) => {
        const moment = asDate(value);
        if (Number.isNaN(moment.getTime())) return String(value);
        return `${date(localDay(moment))}${DATE_TIME_JOINER[language]}${time.format(moment)}`;
      },
    };
  }, [language]);
}
