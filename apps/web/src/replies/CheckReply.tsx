import { useEffect, useRef, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import {
  checkLength,
  ZSubmitDeclaration,
  type TAttachment,
  type TCycle,
  type TLanguage,
  type TReplyForm,
  type TSubmitDeclaration,
} from '@replies/shared';
import { originalUrl } from '../api/client';
import { LANGUAGE_INFO } from '../i18n/language-info';
import { ErrorSummary } from '../ui/ErrorSummary';
import { CheckboxField } from '../ui/Field';
import { useFormat } from '../ui/format';
import { WordCount } from './WordCount';

/** The form's field each row of the check leads back to. */
export type TReplyField = 'reply-language' | 'reply-received-on' | 'reply-body' | 'reply-summary' | 'reply-original';

interface CheckReplyProps {
  cycle: TCycle;
  slug: string;
  entityCode: string;
  /** The State or organization, named in the interface language. */
  entity: { text: string; lang: TLanguage };
  /** What will be sent: the form's values, saved on the server by the step before. */
  values: TReplyForm;
  attachment: TAttachment | null;
  isSecretariat: boolean;
  busy: boolean;
  /** Why the last submission failed, or null; `failures` counts them, so that each one takes the focus. */
  failure: unknown;
  failures: number;
  onChange: (field: TReplyField) => void;
  onSubmit: () => Promise<void>;
}

/**
 * "Check your answers" before the submission, which cannot be undone: what will be sent (sender,
 * language, lengths against the limits, summary, how the report will show it, the original file), each
 * with a way back to its field, and the declaration to tick.
 */
export function CheckReply({
  cycle,
  slug,
  entityCode,
  entity,
  values,
  attachment,
  isSecretariat,
  busy,
  failure,
  failures,
  onChange,
  onSubmit,
}: CheckReplyProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount, isSubmitting },
  } = useForm<TSubmitDeclaration>({
    resolver: zodResolver(ZSubmitDeclaration),
    defaultValues: { declaration: false },
    shouldFocusError: false,
  });
  const length = checkLength(values, cycle);
  const info = LANGUAGE_INFO[values.originalLanguage];
  const hasSummary = values.summary.trim() !== '';

  // The step replaces the form: start reading from its heading.
  useEffect(() => headingRef.current?.focus(), []);

  const submit = handleSubmit(() => onSubmit());

  const row = (label: string, value: ReactNode, field?: TReplyField) => (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
      {field && (
        <dd className="summary-list__action">
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t('reply.check.changeLabel', { what: label })}
            onClick={() => onChange(field)}
          >
            {t('reply.check.change')}
          </button>
        </dd>
      )}
    </div>
  );

  return (
    <section className="card check-reply" aria-labelledby="check-title">
      <h2 id="check-title" ref={headingRef} tabIndex={-1}>
        {t('reply.check.title')}
      </h2>
      <p>{t('reply.check.intro')}</p>
      <form onSubmit={submit} noValidate aria-labelledby="check-title">
        <ErrorSummary errors={errors} failure={failure} attempt={submitCount + failures} busy={busy || isSubmitting} />
        <dl className="summary-list" aria-label={t('reply.check.listLabel')}>
          {row(t('reply.check.sender'), <span lang={entity.lang}>{entity.text}</span>)}
          {row(t('reply.check.originalLanguage'), t(`languageNames.${values.originalLanguage}`), 'reply-language')}
          {isSecretariat &&
            row(
              t('reply.check.receivedOn'),
              values.receivedOn ? format.date(values.receivedOn) : t('reply.check.receivedToday'),
              'reply-received-on',
            )}
          {row(
            t('reply.check.length'),
            <>
              <WordCount id="check-length" count={length.body} limit={cycle.replyWordLimit} />
              <details className="check-reply__text">
                <summary>{t('reply.check.showText')}</summary>
                <div className="review-text pre-wrap" lang={info.htmlLang} dir={info.dir}>
                  {values.body}
                </div>
              </details>
            </>,
            'reply-body',
          )}
          {row(
            t('reply.check.summary'),
            hasSummary ? (
              <>
                <WordCount id="check-summary-length" count={length.summary} limit={cycle.summaryWordLimit} />
                <details className="check-reply__text">
                  <summary>{t('reply.check.showSummary')}</summary>
                  <div className="review-text review-text--short pre-wrap" lang={info.htmlLang} dir={info.dir}>
                    {values.summary}
                  </div>
                </details>
              </>
            ) : (
              t('reply.check.noSummary')
            ),
            'reply-summary',
          )}
          {row(t('reply.check.report'), t(`reply.check.decision.${length.proposedDecision}`))}
          {row(
            t('reply.check.file'),
            attachment ? (
              <a href={originalUrl(slug, entityCode)} download={attachment.fileName}>
                {attachment.fileName}
              </a>
            ) : (
              t('reply.check.noFile')
            ),
            'reply-original',
          )}
        </dl>

        <fieldset className="group check-reply__declaration">
          <legend>{t('reply.check.declarationLegend')}</legend>
          <CheckboxField
            id="check-declaration"
            label={t(isSecretariat ? 'reply.check.declarationSecretariat' : 'reply.check.declaration', {
              entity: entity.text,
            })}
            error={errors.declaration?.message}
            registration={register('declaration')}
          />
        </fieldset>

        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {t('reply.check.send')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => onChange('reply-body')}>
            {t('reply.check.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
