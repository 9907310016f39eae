import { LANGUAGES, type TLanguage } from '@replies/shared';
import { DEFAULT_LANGUAGE } from './language-info';
import type { LocaleResource } from './types';

export { DEFAULT_LANGUAGE, LANGUAGE_INFO } from './language-info';

/**
 * Each language is loaded on demand, one chunk each, English too: a browser downloads the strings of
 * its language only. Adding an interface language is adding its resource file `locales/<code>.ts`
 * (code among the official LANGUAGES, content typed against en.ts).
 */
const loaders = import.meta.glob<LocaleResource>('./locales/*.ts', { import: 'default' });

function loaderOf(language: TLanguage): (() => Promise<LocaleResource>) | undefined {
  return loaders[`./locales/${language}.ts`];
}

/** The interface languages, English first, then in the order of the official languages. */
export const INTERFACE_LANGUAGES: readonly TLanguage[] = [
  DEFAULT_LANGUAGE,
  ...LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE && loaderOf(language)),
];

export function isInterfaceLanguage(value: unknown): value is TLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/** The resource file of a language. */
export function loadLocale(language: TLanguage): Promise<LocaleResource> {
  const loader = loaderOf(language);
  if (!loader) return Promise.reject(new Error(`No resource file for the language "${language}".`));
  return loader();
}

/** The current interface language as a TLanguage (a stored or browser code may be another). */
export function asLanguage(code: string | undefined): TLanguage {
  return isInterfaceLanguage(code) ? code : DEFAULT_LANGUAGE;
}
