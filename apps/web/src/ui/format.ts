import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TIsoDate, TLanguage } from '@replies/shared';
import { LANGUAGE_INFO, asLanguage } from '../i18n/languages';

/** The locale used to write numbers and dates in an interface language (UN English writes 23 November 2026). */
export function localeOf(language: TLanguage): string {
  return language === 'en' ? 'en-GB' : LANGUAGE_INFO[language].htmlLang;
}

export interface Formatters {
  language: TLanguage;
  number: (value: number) => string;
  /** A calendar date (YYYY-MM-DD), written out in full: 23 November 2026, 2026年11月23日. */
  date: (value: TIsoDate) => string;
  /** The hour and minute of a moment, in the browser's time zone: 14:05. */
  time: (value: Date | string) => string;
  /** A moment with its date, in the browser's time zone. */
  dateTime: (value: Date | string) => string;
}

/** Number and date formatters of the current interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  return useMemo(() => {
    const locale = localeOf(language);
    const number = new Intl.NumberFormat(locale);
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const asDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);
    return {
      language,
      number: (value) => number.format(value),
      date: (value) => {
        const parsed = new Date(`${value}T00:00:00Z`);
        return Number.isNaN(parsed.getTime()) ? value : date.format(parsed);
      },
      time: (value) => time.format(asDate(value)),
      dateTime: (value) => dateTime.format(asDate(value)),
    };
  }, [language]);
}
