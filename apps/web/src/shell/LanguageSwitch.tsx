import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { INTERFACE_LANGUAGES, LANGUAGE_INFO, asLanguage, isInterfaceLanguage } from '../i18n/languages';

/** The interface language <select>; each language is listed in itself. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = asLanguage(i18n.resolvedLanguage);
  return (
    <div className="language-switch">
      <label htmlFor="language-switch">{t('language.label')}</label>
      <select
        id="language-switch"
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          if (isInterfaceLanguage(next)) void changeLanguage(next);
        }}
      >
        {INTERFACE_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={LANGUAGE_INFO[language].htmlLang}>
            {LANGUAGE_INFO[language].autonym}
          </option>
        ))}
      </select>
    </div>
  );
}
