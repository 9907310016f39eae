import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { TLanguage } from '@replies/shared';
import {
  DEFAULT_LANGUAGE,
  INTERFACE_LANGUAGES,
  LANGUAGE_INFO,
  asLanguage,
  isInterfaceLanguage,
  loadLocale,
} from './languages';
import { browserLanguage } from './browser-language';
import type { LocaleResource } from './types';

const STORAGE_KEY = 'replies.language';

function readStoredLanguage(): TLanguage | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isInterfaceLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function storeLanguage(language: TLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing or storage disabled: the choice lasts until the page is reloaded.
  }
}

/** `<html lang dir>` follow the interface language, so screen readers, fonts and layout follow too. */
function applyToDocument(code: string): void {
  const info = LANGUAGE_INFO[asLanguage(code)];
  document.documentElement.lang = info.htmlLang;
  document.documentElement.dir = info.dir;
}

function addLocale(language: TLanguage, resource: LocaleResource): void {
  i18n.addResourceBundle(language, 'translation', resource.translation, true, true);
  i18n.addResourceBundle(language, 'messages', resource.messages, true, true);
}

/**
 * Starts i18next in the language chosen on this browser before, else the first of the browser's own
 * languages that the interface speaks, else English; resolves once its strings, and only those, are
 * loaded. After sign-in the account's language takes over (SessionProvider).
 */
export async function setupI18n(): Promise<void> {
  let language =
    readStoredLanguage() ?? browserLanguage(navigator.languages ?? [], INTERFACE_LANGUAGES) ?? DEFAULT_LANGUAGE;
  let resource: LocaleResource;
  try {
    resource = await loadLocale(language);
  } catch {
    language = DEFAULT_LANGUAGE;
    resource = await loadLocale(language);
  }
  i18n.on('languageChanged', applyToDocument);
  await i18n.use(initReactI18next).init({
    lng: language,
    // Every resource file has all of English's keys (the type check sees to it): nothing to fall back to.
    fallbackLng: false,
    supportedLngs: [...INTERFACE_LANGUAGES],
    ns: ['translation', 'messages'],
    defaultNS: 'translation',
    resources: { [language]: resource },
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
  });
  applyToDocument(language);
}

/** Switches the interface language, loading its strings first, and remembers the choice. */
export async function changeLanguage(language: TLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) addLocale(language, await loadLocale(language));
  await i18n.changeLanguage(language);
  storeLanguage(language);
}

export { i18n };
