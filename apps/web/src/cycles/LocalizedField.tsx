import { useTranslation } from '../i18n/react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { LANGUAGES, type TLanguage } from '@replies/shared';
import { LANGUAGE_INFO } from '../i18n/languages';
import { TextAreaField, TextField } from '../ui/Field';

interface LocalizedFieldProps {
  /** The id of the shown input is `${id}-${language}`: the checks link to it. */
  id: string;
  label: string;
  hint?: string;
  /** A paragraph-long text (a textarea) rather than one line. */
  rows?: number;
  language: TLanguage;
  onLanguage: (language: TLanguage) => void;
  /** The languages that still lack this text, flagged on the switch. */
  missing: (language: TLanguage) => boolean;
  register: (language: TLanguage) => UseFormRegisterReturn;
  errorOf: (language: TLanguage) => string | undefined;
  /** The text may be left empty in this language: its label says so. */
  optional?: (language: TLanguage) => boolean;
}

/**
 * One text of the cycle in the six languages: a switch of six languages (those still missing, or
 * with an error, flagged), and the input of the chosen one, in its script and direction.
 */
export function LocalizedField({
  id,
  label,
  hint,
  rows,
  language,
  onLanguage,
  missing,
  register,
  errorOf,
  optional,
}: LocalizedFieldProps) {
  const { t } = useTranslation();
  const { htmlLang, dir } = LANGUAGE_INFO[language];
  const inputId = `${id}-${language}`;
  const fieldLabel = t('cycleForm.inLanguage', { field: label, language: t(`languageNames.${language}`) });
  const input = {
    id: inputId,
    label: fieldLabel,
    hint,
    lang: htmlLang,
    dir,
    optional: optional?.(language),
    error: errorOf(language),
    registration: register(language),
  };
  return (
    <fieldset className="group localized-field">
      <legend>{label}</legend>
      <div className="language-tabs" role="group" aria-label={t('cycleForm.languageOf', { field: label })}>
        {LANGUAGES.map((l) => {
          const flags = [
            missing(l) ? t('cycleForm.missing') : null,
            errorOf(l) && l !== language ? t('cycleForm.hasError') : null,
          ].filter(Boolean);
          return (
            <button
              key={l}
              type="button"
              id={`${id}-tab-${l}`}
              className={`language-tab${flags.length ? ' language-tab--flagged' : ''}`}
              aria-pressed={l === language}
              onClick={() => onLanguage(l)}
            >
              {t(`languageNames.${l}`)}
              {flags.length > 0 && <span className="language-tab__flag"> ({flags.join(', ')})</span>}
            </button>
          );
        })}
      </div>
      {rows ? (
        <TextAreaField key={inputId} rows={rows} {...input} />
      ) : (
        <TextField key={inputId} autoComplete="off" {...input} />
      )}
    </fieldset>
  );
}
