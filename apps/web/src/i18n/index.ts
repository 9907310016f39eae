import { LANGUAGE_COOKIE, type TLanguage } from '@replies/shared';
import {
  DEFAULT_LANGUAGE,
  INTERFACE_LANGUAGES,
  LANGUAGE_INFO,
  asLanguage,
  isInterfaceLanguage,
  loadLocale,
} from './languages';
import { browserLanguage } from './browser-language';
import { i18n } from './instance';
import type { LocaleResource } from './types';

/** The cookie the server's sign-in page reads too: one choice of language per browser, before sign-in. */
const YEAR_SECONDS = 365 * 24 * 60 * 60;

function readStoredLanguage(): TLanguage | null {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(`${LANGUAGE_COOKIE}=`));
  const stored = cookie?.slice(LANGUAGE_COOKIE.length + 1) ?? null;
  return isInterfaceLanguage(stored) ? stored : null;
}

function storeLanguage(language: TLanguage): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax${secure}`;
}

/** `<html lang dir>` follow the interface language, so screen readers, fonts and layout follow too. */
function applyToDocument(code: string): void {
  const info = LANGUAGE_INFO[asLanguage(code)];
  document.documentElement.lang = info.htmlLang;
  document.documentElement.dir = info.dir;
}

function addLocale(language: TLanguage, resource: LocaleResource): void {
  i18n.addResourceBundle(language, 'translation', resource.translation);
  i18n.addResourceBundle(language, 'messages', resource.messages);
}

/**
 * Starts the translator in the language chosen on this browser before, else the first of the browser's own
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
  addLocale(language, resource);
  await i18n.changeLanguage(language);
  i18n.on('languageChanged', applyToDocument);
  applyToDocument(language);
}

/** Switches the interface language, loading its strings first, and remembers the choice. */
export async function changeLanguage(language: TLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) addLocale(language, await loadLocale(language));
  await i18n.changeLanguage(language);
  storeLanguage(language);
}

export { i18n };
