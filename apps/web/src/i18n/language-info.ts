import { LANGUAGES, type TLanguage } from '@replies/shared';

/**
 * How each official language is written and named in itself (the language switch lists autonyms). Kept
 * apart from languages.ts, whose loaders only Vite understands, so that components using it run in unit tests.
 */
export const LANGUAGE_INFO: Record<TLanguage, { autonym: string; htmlLang: string; dir: 'ltr' | 'rtl' }> = {
  ar: { autonym: 'العربية', htmlLang: 'ar', dir: 'rtl' },
  zh: { autonym: '中文', htmlLang: 'zh', dir: 'ltr' },
  en: { autonym: 'English', htmlLang: 'en', dir: 'ltr' },
  fr: { autonym: 'Français', htmlLang: 'fr', dir: 'ltr' },
  ru: { autonym: 'Русский', htmlLang: 'ru', dir: 'ltr' },
  es: { autonym: 'Español', htmlLang: 'es', dir: 'ltr' },
};

export const DEFAULT_LANGUAGE = 'en' satisfies TLanguage;

/** A language code as one of the official languages (English for anything else). */
export const officialLanguage = (code: string | undefined): TLanguage =>
  (LANGUAGES as readonly string[]).includes(code ?? '') ? (code as TLanguage) : DEFAULT_LANGUAGE;
