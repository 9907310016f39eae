import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysBetween, todayAt, type TCycle } from '@replies/shared';
import { api } from '../api/client';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { CycleHeader } from './CycleHeader';
import { useCutoffText } from './cutoff';
import { replyHref, slugOf } from './text';

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
  const replies = useLoad((signal) => api.replies.list(slug, {}, signal), slug);
  const own = replies.data?.find((reply) => reply.entityCode === entityCode) ?? null;

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
            <p aria-busy={replies.data === null || undefined}>
              {replies.data === null
                ? t('app.loading')
                : t('cycle.ourReply', { status: t(`replyStatus.${own?.status ?? 'NOT_STARTED'}`) })}
            </p>
            <p>
              <Link className="button button--primary" to={replyHref(slug, entityCode)}>
                {t('cycle.openOurReply')}
              </Link>
            </p>
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
