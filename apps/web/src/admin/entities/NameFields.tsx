import { useTranslation } from '../../i18n/react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { NAME_LANGUAGES } from '../../entities/names';
import { LANGUAGE_INFO } from '../../i18n/languages';
import { TextField } from '../../ui/Field';

export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/** The form paths of the six names, as the API names them in its errors (`names.fr`). */
export const NAME_PATHS = NAME_LANGUAGES.map((language) => `names.${language}` as const);

interface NameFieldsProps {
  idPrefix: string;
  registerName: (language: NameLanguage) => UseFormRegisterReturn;
  errorOf: (language: NameLanguage) => string | undefined;
}

/** The six inputs of an entity's names, each in its language and writing direction. */
export function NameFields({ idPrefix, registerName, errorOf }: NameFieldsProps) {
  const { t } = useTranslation();
  const hintId = `${idPrefix}-names-hint`;
  return (
    <fieldset className="names" aria-describedby={hintId}>
      <legend>{t('entities.namesLegend')}</legend>
      <p className="field__hint" id={hintId}>
        {t('entities.namesHint')}
      </p>
      <div className="form__grid">
        {NAME_LANGUAGES.map((language) => (
          <TextField
            key={language}
            id={`${idPrefix}-name-${language}`}
            label={t(`languageNames.${language}`)}
            lang={LANGUAGE_INFO[language].htmlLang}
            dir={LANGUAGE_INFO[language].dir}
            required={language === 'en'}
            optional={language !== 'en'}
            autoComplete="off"
            error={errorOf(language)}
            registration={registerName(language)}
          />
        ))}
      </div>
    </fieldset>
  );
}
