import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { TLanguage } from '@replies/shared';
import en from './locales/en';
import {
  DEFAULT_LANGUAGE,
  INTERFACE_LANGUAGES,
  LANGUAGE_INFO,
  asLanguage,
  isInterfaceLanguage,
  loadLocale,
} from './languages';
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

/** Starts i18next in the remembered language (English by default); resolves once its strings are loaded. */
export async function setupI18n(): Promise<void> {
  let language = readStoredLanguage() ?? DEFAULT_LANGUAGE;
  const resources: Record<string, LocaleResource> = { [DEFAULT_LANGUAGE]: en };
  if (language !== DEFAULT_LANGUAGE) {
    try {
      resources[language] = await loadLocale(language);
    } catch {
      language = DEFAULT_LANGUAGE;
    }
  }
  i18n.on('languageChanged', applyToDocument);
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...INTERFACE_LANGUAGES],
    ns: ['translation', 'messages'],
    defaultNS: 'translation',
    resources,
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
