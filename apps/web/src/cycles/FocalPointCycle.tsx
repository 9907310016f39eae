import { useTranslation } from '../i18n/react';
import { daysBetween, isPublic, nextStepFor, todayAt, type TCycle } from '@replies/shared';
import { api } from '../api/client';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { CycleHeader } from './CycleHeader';
import { useCutoffText } from './cutoff';
import { NextStep } from '../home/NextStep';
import { slugOf } from './text';

/** What a focal point needs: the deadline, the request addressed to them, and the way to their reply. */
export function FocalPointCycle({ cycle, entityCode }: { cycle: TCycle; entityCode: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cutoffText = useCutoffText();
  const slug = slugOf(cycle);
  const days = daysBetween(todayAt(), cycle.cutoffOn);

  // Requests are generated in English and Chinese: Chinese for a Chinese interface, English otherwise.
  const requestLanguage = format.language === 'zh' ? 'zh' : 'en';
  const request = useLoad(
    (signal) => api.cycles.requestText(slug, requestLanguage, undefined, signal),
    `${slug}:${requestLanguage}`,
  );
  const own = useLoad(
    (signal) => (entityCode ? api.replies.get(slug, entityCode, signal) : Promise.resolve(null)),
    `${slug}:${entityCode}`,
  );

  return (
    <>
      <CycleHeader cycle={cycle} />

      <section className="card deadline" aria-labelledby="deadline-title">
        <h2 id="deadline-title" className="visually-hidden">
          {t('cycle.deadlineTitle')}
        </h2>
        <p className="deadline__date">{t('cycle.deadline', { date: format.date(cycle.cutoffOn) })}</p>
        <p className="deadline__days">{cutoffText(days, 'left')}</p>
        {entityCode && (
          <>
            {own.error ? (
              <LoadFailedAlert error={own.error} onRetry={own.reload} />
            ) : own.data === null ? (
              <p aria-busy="true">{t('app.loading')}</p>
            ) : (
              <>
                <p>{t('cycle.ourReply', { status: t(`replyStatus.${own.data.status}`) })}</p>
                <NextStep
                  slug={slug}
                  entityCode={entityCode}
                  step={nextStepFor(own.data.status)}
                  returnComment={own.data.returnComment}
                  receivedOn={own.data.receivedOn}
                  publicPath={isPublic(own.data.status) ? `/reports/${slug}/replies/${entityCode}` : null}
                />
              </>
            )}
          </>
        )}
      </section>

      <section className="section" aria-labelledby="request-title">
        <h2 id="request-title">{t('cycle.request')}</h2>
        {request.error ? (
          <LoadFailedAlert error={request.error} onRetry={request.reload} />
        ) : request.data === null ? (
          <p className="loading">{t('app.loading')}</p>
        ) : (
          <div className="card request-text" lang={requestLanguage} dir="ltr">
            <p className="request-text__channel">{t(`channels.${request.data.channel}`)}</p>
            <p className="request-text__subject">{request.data.subject}</p>
            {/* Plain text, never HTML: its line breaks are kept by CSS. */}
            <div className="pre-wrap">{request.data.body}</div>
          </div>
        )}
      </section>
    </>
  );
}
