import { useMemo } from 'react';
import { useTranslation } from '../i18n/react';
import type { TReply } from '@replies/shared';
import { originalUrl, type TRepetitions } from '../api/client';
import { LANGUAGE_INFO } from '../i18n/languages';
import { useFormat } from '../ui/format';
import type { Loaded } from '../ui/useLoad';
import { segmentsOf } from './highlight';
import { RepetitionNote } from './RepetitionNote';

interface OriginalTextProps {
  reply: TReply;
  slug: string;
  entityCode: string;
  repetitions: Loaded<TRepetitions>;
}

/**
 * The reply as the sender gave it, read-only and shown as text (never as HTML). In a "new information
 * only" cycle, the passages that repeat the previous reply are marked.
 */
export function OriginalText({ reply, slug, entityCode, repetitions }: OriginalTextProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = reply.originalLanguage;
  const text = language ? reply.texts[language] : undefined;
  const body = text?.body ?? '';
  const summary = text?.summary ?? '';
  const info = LANGUAGE_INFO[language ?? 'en'];
  const marked = repetitions.data?.applies ? repetitions.data : null;
  const segments = useMemo(() => segmentsOf(body, marked?.passages ?? []), [body, marked]);

  return (
    <section className="section" aria-labelledby="original-title">
      <h2 id="original-title">{t('review.text.title')}</h2>
      <RepetitionNote repetitions={repetitions} />

      <h3 id="original-body-title">{t('review.text.body')}</h3>
      {body ? (
        // Long replies scroll inside the box: focusable, so that keyboard users can scroll it.
        <div
          className="review-text pre-wrap"
          lang={info.htmlLang}
          dir={info.dir}
          role="region"
          aria-labelledby="original-body-title"
          tabIndex={0}
        >
          {segments.map((segment, index) =>
            segment.passage ? (
              <mark key={index} className="repeated">
                <span className="visually-hidden">{t('review.repetition.start')} </span>
                {segment.text}
                <span className="visually-hidden"> {t('review.repetition.end')}</span>
              </mark>
            ) : (
              <span key={index}>{segment.text}</span>
            ),
          )}
        </div>
      ) : (
        <p className="muted">{t('review.text.empty')}</p>
      )}

      <h3>{t('review.text.summary')}</h3>
      {summary ? (
        <div className="review-text review-text--short pre-wrap" lang={info.htmlLang} dir={info.dir}>
          {summary}
        </div>
      ) : (
        <p className="muted">{t('review.text.noSummary')}</p>
      )}

      {reply.attachment && (
        <p className="review-download">
          <a href={originalUrl(slug, entityCode)} download={reply.attachment.fileName}>
            {t('review.text.download')}
          </a>{' '}
          <span className="muted">
            (
            {t('review.text.downloadDetails', {
              name: reply.attachment.fileName,
              size: format.number(Math.max(1, Math.round(reply.attachment.size / 1024))),
            })}
            )
          </span>
        </p>
      )}
    </section>
  );
}
