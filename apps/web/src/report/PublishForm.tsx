import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/react';
import { LANGUAGES, ZLanguagesToPublish, type TCycle, type TLanguage } from '@replies/shared';
import { api, type TCompiledReport, type TPublishResult } from '../api/client';
import { slugOf } from '../cycles/text';
import { LANGUAGE_INFO } from '../i18n/languages';
import { useMessages } from '../i18n/messages';
import { ErrorSummary } from '../ui/ErrorSummary';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { missingCount, type ChecksByLanguage } from './checks';
import { documentSymbol, nextCorrigendum } from './publication';

/** The message when no language is ticked (English, as the schemas give theirs; translated by the messages). */
export const NO_LANGUAGE = 'Choose at least one language to publish.';

interface PublishFormProps {
  cycle: TCycle;
  addendum: 0 | 1;
  /** Ticked at first: the languages in which the checks found nothing missing. */
  defaultLanguages: TLanguage[];
  checks: ChecksByLanguage | null;
  versions: readonly TCompiledReport[] | null;
  onStart: () => void;
  onPublished: (result: TPublishResult) => void;
}

type Values = { languages: TLanguage[] };

/**
 * The languages to publish, then a confirmation in the page: publishing cannot be undone, only
 * followed by a corrigendum.
 */
export function PublishForm({
  cycle,
  addendum,
  defaultLanguages,
  checks,
  versions,
  onStart,
  onPublished,
}: PublishFormProps) {
  const { t } = useTranslation();
  const { message } = useMessages();
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<Values>({ defaultValues: { languages: defaultLanguages }, shouldFocusError: false });
  const [confirming, setConfirming] = useState<TLanguage[] | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  // Publications that failed: each one is an attempt the error summary says, and takes the focus for.
  const [failures, setFailures] = useState(0);
  const submitRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the confirmation is gone and the form enabled again.
  const [refocus, setRefocus] = useState(0);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (refocus) submitRef.current?.focus();
  }, [refocus]);

  const symbol = documentSymbol(cycle.symbol, addendum);
  const corrigendum = nextCorrigendum(versions, cycle.symbol, addendum);
  const languagesError = errors.languages?.message;

  const onSubmit = handleSubmit((values) => {
    setFailure(null);
    setConfirming(LANGUAGES.filter((code) => values.languages.includes(code)));
  });

  const cancel = () => {
    setConfirming(null);
    setRefocus((n) => n + 1);
  };

  const publish = async () => {
    if (!confirming) return;
    setPublishing(true);
    onStart();
    try {
      const result = await api.report.publish(slugOf(cycle), { languages: confirming, addendum });
      setConfirming(null);
      onPublished(result);
    } catch (error) {
      setConfirming(null);
      setFailure(error);
      setFailures((n) => n + 1);
    } finally {
      setPublishing(false);
    }
  };

  const tagOf = (code: TLanguage) => {
    const result = checks?.[code];
    if (!result?.checks) return t('report.publish.notChecked');
    const missing = missingCount(result.checks);
    return missing ? t('report.publish.missing', { count: missing, shown: missing }) : null;
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="publish-title">
      <NoMailServerNotice />
      <ErrorSummary
        errors={errors}
        fieldIds={{ languages: `publish-${LANGUAGES[0]}` }}
        failure={failure}
        attempt={submitCount + failures}
        busy={publishing}
      />
      <fieldset className="form__fieldset" disabled={confirming !== null}>
        <fieldset
          className={languagesError ? 'group group--invalid' : 'group'}
          aria-describedby={['publish-languages-hint', languagesError ? 'publish-languages-error' : '']
            .filter(Boolean)
            .join(' ')}
        >
          <legend>{t('report.publish.languages')}</legend>
          <p className="field__hint" id="publish-languages-hint">
            {t('report.publish.languagesHint')}
          </p>
          <div className="checkbox-row">
            {LANGUAGES.map((code) => {
              const tag = tagOf(code);
              return (
                <div className="checkbox" key={code}>
                  <input
                    id={`publish-${code}`}
                    type="checkbox"
                    value={code}
                    aria-invalid={languagesError ? true : undefined}
                    aria-describedby={tag ? `publish-${code}-tag` : undefined}
                    {...register('languages', {
                      validate: (value) => ZLanguagesToPublish.safeParse(value).error?.issues[0]?.message ?? true,
                    })}
                  />
                  <label htmlFor={`publish-${code}`} lang={LANGUAGE_INFO[code].htmlLang} dir={LANGUAGE_INFO[code].dir}>
                    {LANGUAGE_INFO[code].autonym}
                  </label>
                  {tag && (
                    <span className="tag tag--warning" id={`publish-${code}-tag`}>
                      {tag}
                    </span>
                  )}
                </div>
              );
            })}
          </div>
          {languagesError && (
            <p className="field__error" id="publish-languages-error">
              {message(languagesError)}
            </p>
          )}
        </fieldset>
        <div className="form__actions">
          <button ref={submitRef} type="submit" className="button button--primary">
            {t(addendum ? 'report.publish.submitAddendum' : 'report.publish.submitReport')}
          </button>
        </div>
      </fieldset>

      {confirming && (
        <div
          className="notice publish-confirm"
          role="group"
          aria-labelledby="publish-confirm-question"
          aria-describedby="publish-confirm-text"
        >
          <p id="publish-confirm-question" className="notice__title">
            {t('report.publish.confirmQuestion', {
              symbol,
              languages: confirming.map((code) => t(`languageNames.${code}`)).join(t('list.separator')),
            })}
          </p>
          <p id="publish-confirm-text">
            {corrigendum
              ? t('report.publish.corrigendum', { symbol: corrigendum.current, next: corrigendum.next })
              : t('report.publish.confirmText')}
          </p>
          <div className="form__actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button--primary"
              onClick={publish}
              disabled={publishing}
            >
              {publishing ? t('report.publish.publishing') : t('report.publish.confirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={cancel} disabled={publishing}>
              {t('report.publish.cancel')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
