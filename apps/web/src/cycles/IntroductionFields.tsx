import { useTranslation } from '../i18n/react';
import type { FieldErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { INTRODUCTION_PARAGRAPHS, LANGUAGES, type TIntroductionParagraph, type TLanguage } from '@replies/shared';
import { api } from '../api/client';
import { LANGUAGE_INFO } from '../i18n/languages';
import { LoadFailedAlert } from '../ui/Alert';
import { TextAreaField } from '../ui/Field';
import { useLoad } from '../ui/useLoad';
import type { CycleFormValues } from './cycle-form-values';

interface IntroductionFieldsProps {
  id: (name: string) => string;
  slug: string;
  /** Changes with every save, so the generated text is read again. */
  version: string;
  language: TLanguage;
  onLanguage: (language: TLanguage) => void;
  texts: CycleFormValues['introduction'];
  register: UseFormRegister<CycleFormValues>;
  setValue: UseFormSetValue<CycleFormValues>;
  errors: FieldErrors<CycleFormValues>;
}

/**
 * The report's introduction in one language: each paragraph the portal generates, shown beside the
 * editor's own text, which replaces it when given; a reset returns to the generated text.
 */
export function IntroductionFields({
  id,
  slug,
  version,
  language,
  onLanguage,
  texts,
  register,
  setValue,
  errors,
}: IntroductionFieldsProps) {
  const { t } = useTranslation();
  const draft = useLoad((signal) => api.report.introduction(slug, language, signal), `${slug}/${language}/${version}`);
  const { htmlLang, dir } = LANGUAGE_INFO[language];
  const generated = (key: TIntroductionParagraph) => draft.data?.paragraphs.find((p) => p.key === key)?.generated;
  const fieldId = (key: TIntroductionParagraph) => id(`introduction-${key}-${language}`);

  return (
    <fieldset className="group introduction-fields">
      <legend>{t('introduction.title')}</legend>
      <p className="field__hint">{t('introduction.intro')}</p>
      <div className="language-tabs" role="group" aria-label={t('introduction.language')}>
        {LANGUAGES.map((l) => {
          const edited = INTRODUCTION_PARAGRAPHS.filter((key) => texts[l]?.[key]?.trim()).length;
          return (
            <button
              key={l}
              type="button"
              className="language-tab"
              aria-pressed={l === language}
              onClick={() => onLanguage(l)}
            >
              {t(`languageNames.${l}`)}
              {edited > 0 && <span className="language-tab__flag"> ({t('introduction.rewritten')})</span>}
            </button>
          );
        })}
      </div>
      {draft.error ? (
        <LoadFailedAlert intro={t('introduction.failed')} error={draft.error} onRetry={draft.reload} />
      ) : null}
      {INTRODUCTION_PARAGRAPHS.map((key) => {
        const mine = texts[language]?.[key]?.trim();
        const text = generated(key);
        return (
          <div key={`${key}-${language}`} className="introduction-paragraph">
            <h3 className="introduction-paragraph__title">{t(`introduction.paragraphs.${key}`)}</h3>
            <div className="introduction-paragraph__columns">
              <div className="introduction-paragraph__generated">
                <p className="introduction-paragraph__label" id={`${fieldId(key)}-generated-label`}>
                  {t('introduction.generated')}
                </p>
                <p lang={htmlLang} dir={dir} aria-describedby={`${fieldId(key)}-generated-label`}>
                  {draft.data === null ? t('app.loading') : text || t('introduction.notPrinted')}
                </p>
              </div>
              <TextAreaField
                id={fieldId(key)}
                className="introduction-paragraph__mine"
                label={t('introduction.yours', { paragraph: t(`introduction.paragraphs.${key}`) })}
                optional
                hint={mine ? t('introduction.edited') : t('introduction.notEdited')}
                rows={4}
                lang={htmlLang}
                dir={dir}
                error={errors.introduction?.[language]?.[key]?.message}
                registration={register(`introduction.${language}.${key}`)}
              />
            </div>
            {mine && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setValue(`introduction.${language}.${key}`, '', { shouldDirty: true });
                  document.getElementById(fieldId(key))?.focus();
                }}
              >
                {t('introduction.reset', { paragraph: t(`introduction.paragraphs.${key}`) })}
              </button>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
