import { useTranslation } from '../i18n/react';
import { api } from '../api/client';
import { useSession } from '../auth/session';
import { changeLanguage } from '../i18n';
import { INTERFACE_LANGUAGES, LANGUAGE_INFO, asLanguage, isInterfaceLanguage } from '../i18n/languages';

/** The interface language <select>; each language is listed in itself. Signed in, the choice is kept with the account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { state, adopt } = useSession();
  const current = asLanguage(i18n.resolvedLanguage);
  return (
    <div className="language-switch">
      <label htmlFor="language-switch">{t('language.label')}</label>
      <select
        id="language-switch"
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          if (!isInterfaceLanguage(next)) return;
          void changeLanguage(next);
          // Kept with the account (and used for the mail the user receives); the interface already follows.
          if (state.status === 'signed-in') api.auth.updateMe({ language: next }).then(adopt, () => undefined);
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
