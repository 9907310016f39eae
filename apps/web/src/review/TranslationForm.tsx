import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import { LANGUAGES, ZReplyText, type TLanguage, type TReply, type TReplyVersionInfo } from '@replies/shared';
import { ApiError, api, type TStoredTranslation } from '../api/client';
import { LANGUAGE_INFO } from '../i18n/languages';
import { StatusMessage } from '../ui/Alert';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextAreaField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';
import { useAnnouncer } from '../ui/useAnnouncer';
import { asStoredTranslation, initialTranslationVersion, preferredLanguage } from './translation';

interface TranslationFormProps {
  slug: string;
  entityCode: string;
  /** An accepted reply. */
  reply: TReply;
  versions: readonly TReplyVersionInfo[] | null;
  onSaved: (reply: TReply) => void;
  onConflict: (error: ApiError) => void;
}

type Values = { body: string; summary: string };

/**
 * Translations of an accepted reply into the other official languages. The original is never edited
 * here. Each language has its version: a save on a stale one gets 409, and the user chooses.
 */
export function TranslationForm({ slug, entityCode, reply, versions, onSaved, onConflict }: TranslationFormProps) {
  const { t } = useTranslation();
  const languages = LANGUAGES.filter((code) => code !== reply.originalLanguage);
  const [language, setLanguage] = useState<TLanguage>(() => preferredLanguage(reply, languages));
  const storedOf = (code: TLanguage): Values => ({
    body: reply.texts[code]?.body ?? '',
    summary: reply.texts[code]?.summary ?? '',
  });
  // The version each language was last saved or loaded at; what was typed in another language meanwhile.
  const counters = useRef<Partial<Record<TLanguage, number>>>({});
  const drafts = useRef<Partial<Record<TLanguage, Values>>>({});
  const [stale, setStale] = useState<TStoredTranslation | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [announcement, announce] = useAnnouncer();
  const formRef = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    reset,
    getValues,
    setError,
    setFocus,
    formState: { errors, isSubmitting, isDirty, submitCount },
  } = useForm({
    resolver: zodResolver(ZReplyText),
    defaultValues: storedOf(language),
    // The error summary takes the focus, not the first invalid field.
    shouldFocusError: false,
  });
  const focusAfterSubmit = useFocusAfterSubmit(formRef, isSubmitting);

  const staleRef = useRef<HTMLButtonElement>(null);
  // Runs after useFocusAfterSubmit, once the fieldset is enabled again: the choice takes the focus.
  useEffect(() => {
    if (stale && !isSubmitting) staleRef.current?.focus();
  }, [stale, isSubmitting]);

  const versionOf = (code: TLanguage) => counters.current[code] ?? initialTranslationVersion(reply, versions, code);

  const switchTo = (next: TLanguage) => {
    if (isDirty) drafts.current[language] = getValues() as Values;
    else delete drafts.current[language];
    setLanguage(next);
    setStale(null);
    setFailure(null);
    reset(drafts.current[next] ?? storedOf(next));
  };

  const save = async (values: Values, version: number) => {
    setFailure(null);
    announce(''); // a "Translation saved." of an earlier save would say the wrong thing meanwhile
    try {
      const updated = await api.review.saveTranslation(slug, entityCode, language, {
        body: values.body,
        summary: values.summary || undefined,
        version,
      });
      counters.current[language] = version + 1;
      delete drafts.current[language];
      setStale(null);
      reset({ body: updated.texts[language]?.body ?? values.body, summary: updated.texts[language]?.summary ?? '' });
      onSaved(updated);
      announce(t('review.translations.saved'));
    } catch (error) {
      const current =
        error instanceof ApiError && error.code === 'STALE_VERSION' ? asStoredTranslation(error.current) : null;
      if (current) {
        setStale(current);
        return;
      }
      if (error instanceof ApiError && error.status === 409) {
        onConflict(error);
        return;
      }
      if (placeFieldErrors(error, setError, ['body', 'summary'])) return;
      setFailure(error);
      focusAfterSubmit('body');
    }
  };

  const onSubmit = handleSubmit((values) => save(values as Values, versionOf(language)));

  const loadSaved = () => {
    if (!stale) return;
    counters.current[language] = stale.version;
    reset({ body: stale.body, summary: stale.summary ?? '' });
    setStale(null);
    announce(t('review.translations.loaded'));
    setFocus('body');
  };

  const keepMine = () => {
    if (!stale) return;
    const version = stale.version;
    void handleSubmit((values) => save(values as Values, version))();
  };

  const info = LANGUAGE_INFO[language];
  const originalLanguage = reply.originalLanguage ?? 'en';
  const originalInfo = LANGUAGE_INFO[originalLanguage];
  const original = reply.texts[originalLanguage];
  const originalName = t(`languageNames.${originalLanguage}`);

  return (
    <form ref={formRef} className="card form" onSubmit={onSubmit} noValidate aria-labelledby="translations-title">
      <fieldset className="form__fieldset" disabled={isSubmitting}>
        <ErrorSummary errors={errors} failure={failure} attempt={submitCount} busy={isSubmitting} />
        <div className="field field--auto">
          <label htmlFor="translation-language">{t('review.translations.language')}</label>
          <select
            id="translation-language"
            value={language}
            onChange={(event) => switchTo(event.target.value as TLanguage)}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {reply.texts[code]
                  ? t('review.translations.hasTranslation', { language: t(`languageNames.${code}`) })
                  : t(`languageNames.${code}`)}
              </option>
            ))}
          </select>
        </div>
        {/* The original beside the translation being written: side by side on a wide screen, above it on a phone. */}
        <div className="translation-pair">
          <div className="translation-pair__original">
            <p className="translation-pair__label" id="translation-original-label">
              {t('review.translations.original', { language: originalName })}
            </p>
            <div
              className="review-text translation-pair__text pre-wrap"
              lang={originalInfo.htmlLang}
              dir={originalInfo.dir}
              role="region"
              aria-labelledby="translation-original-label"
              // Long texts scroll inside the box: focusable, so that keyboard users can scroll it.
              tabIndex={0}
            >
              {original?.body}
            </div>
          </div>
          <TextAreaField
            id="translation-body"
            label={t('review.translations.body')}
            className="field--wide translation-pair__field"
            rows={14}
            lang={info.htmlLang}
            dir={info.dir}
            error={errors.body?.message}
            registration={register('body')}
          />
          <div className="translation-pair__original">
            <p className="translation-pair__label" id="translation-original-summary-label">
              {t('review.translations.originalSummary')}
            </p>
            {original?.summary ? (
              <div
                className="review-text review-text--short translation-pair__text pre-wrap"
                lang={originalInfo.htmlLang}
                dir={originalInfo.dir}
                role="region"
                aria-labelledby="translation-original-summary-label"
                tabIndex={0}
              >
                {original.summary}
              </div>
            ) : (
              <p className="muted">{t('review.text.noSummary')}</p>
            )}
          </div>
          <TextAreaField
            id="translation-summary"
            label={t('review.translations.summary')}
            optional
            className="field--wide translation-pair__field"
            rows={5}
            lang={info.htmlLang}
            dir={info.dir}
            error={errors.summary?.message}
            registration={register('summary')}
          />
        </div>
        {stale && (
          <div className="notice" role="group" aria-labelledby="translation-stale">
            <p id="translation-stale" className="notice__title" role="alert">
              {t('review.translations.stale')}
            </p>
            <div className="form__actions">
              <button ref={staleRef} type="button" className="button button--primary" onClick={loadSaved}>
                {t('review.translations.loadSaved')}
              </button>
              <button type="button" className="button" onClick={keepMine}>
                {t('review.translations.keepMine')}
              </button>
            </div>
          </div>
        )}
        <FormSubmit label={t('review.translations.save')} />
      </fieldset>
      <StatusMessage>{announcement}</StatusMessage>
    </form>
  );
}
