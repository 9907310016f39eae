import { useCallback } from 'react';
import { useTranslation } from './react';
import { ApiError } from '../api/client';
import { fillParams } from './fill-params';
import type { Namespace } from './translator';
import { DEFAULT_LANGUAGE } from './language-info';

type Lookup = (language: string, namespace: Namespace, key: string) => unknown;

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/**
 * Turns messages that arrive in English (validation messages of the shared schemas, API errors) into
 * text in the interface language, falling back to the English text when no translation is known.
 */
export function useMessages() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;

  const lookup = useCallback<Lookup>((lng, ns, key) => i18n.getResource(lng, ns, key, { keySeparator: false }), [i18n]);

  /** A validation or server message, translated when the resource file knows it. */
  const message = useCallback(
    (text: string | undefined): string => {
      if (!text) return '';
      return stringOrNull(lookup(language, 'messages', text)) ?? text;
    },
    [language, lookup],
  );

  /**
   * What to tell the user about a failed call: in English the API's own message (the most precise);
   * in another language the message of its code (`apiErrors`), filled with the error's params, unless
   * the exact English message has a translation of its own.
   */
  const describeError = useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t('errors.generic');
      if (error.status === 0) return t('errors.network');
      const translated = error.message ? stringOrNull(lookup(language, 'messages', error.message)) : null;
      if (translated) return translated;
      const byCode = (lng: string) => {
        const template = stringOrNull(i18n.getResource(lng, 'translation', `apiErrors.${error.code}`));
        return template && fillParams(template, error.params);
      };
      if (language !== DEFAULT_LANGUAGE) {
        const own = byCode(language);
        if (own) return own;
      }
      return stringOrNull(error.message) ?? byCode(DEFAULT_LANGUAGE) ?? t('errors.generic');
    },
    [i18n, language, lookup, t],
  );

  return { message, describeError };
}
