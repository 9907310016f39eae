import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { TFunction, Translator } from './translator';
import { i18n } from './instance';

const TranslatorContext = createContext<Translator>(i18n);

/** Another translator for the views inside (tests give one of their own). */
export function TranslatorProvider({ i18n: translator, children }: { i18n: Translator; children: ReactNode }) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/** `t` in the current interface language; the view renders again when the language changes. */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const translator = useContext(TranslatorContext);
  const subscribe = useCallback((onChange: () => void) => translator.on('languageChanged', onChange), [translator]);
  const language = useSyncExternalStore(subscribe, () => translator.language);
  return { t: translator.getFixedT(language), i18n: translator };
}
