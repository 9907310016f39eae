import type { Messages } from './locales/en';

export type { Messages };

/** What one resource file (src/i18n/locales/<code>.ts) exports by default. */
export type LocaleResource = {
  /** The interface strings, with exactly the keys of the English file. */
  translation: Messages;
  /**
   * Translations of messages that arrive in English: the validation messages of the shared schemas and
   * the messages of the API, keyed by the exact English text. A message missing here is shown in English.
   */
  messages: Record<string, string>;
};
