import { useTranslation } from '../i18n/react';
import type { TRepetitions } from '../api/client';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import type { Loaded } from '../ui/useLoad';

/** "New information only": what the marks in the text mean, and the passages they repeat. */
export function RepetitionNote({ repetitions }: { repetitions: Loaded<TRepetitions> }) {
  const { t } = useTranslation();
  const format = useFormat();

  if (repetitions.error) {
    return (
      <LoadFailedAlert
        intro={t('review.repetition.loadFailed')}
        error={repetitions.error}
        onRetry={repetitions.reload}
      />
    );
  }
  const data = repetitions.data;
  if (!data?.applies) return null;
  const cycle = data.previousCycle ?? '';
  const count = data.passages.length;

  return (
    <div className="repetition" role="group" aria-labelledby="repetition-title">
      <h3 id="repetition-title">{t('review.repetition.title')}</h3>
      {data.hasPreviousReply === false ? (
        <p className="muted">{t('review.repetition.noPrevious', { cycle })}</p>
      ) : count === 0 ? (
        <p className="muted">{t('review.repetition.none', { cycle })}</p>
      ) : (
        <>
          <p>{t('review.repetition.intro')}</p>
          <p className="repetition__note">
            <span className="repetition__swatch" aria-hidden="true" />
            <span>{t('review.repetition.note', { cycle })}</span>
          </p>
          <p className="muted">{t('review.repetition.count', { count, shown: format.number(count) })}</p>
          <details className="repetition__details">
            <summary>{t('review.repetition.show')}</summary>
            <ol>
              {data.passages.map((passage) => (
                <li key={passage.start}>
                  <p className="pre-wrap">{passage.sentence}</p>
                  <p className="muted pre-wrap">
                    {t('review.repetition.previous', { text: passage.previous })} ·{' '}
                    {t('review.repetition.similarity', {
                      percent: format.number(Math.round(passage.similarity * 100)),
                    })}
                  </p>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </div>
  );
}
