import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useCutoffText } from '../cycles/cutoff';
import { cycleHref, cycleTitle } from '../cycles/text';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { NextStep } from './NextStep';

/** The focal point's home: every request to their State or organization, its deadline and the next step. */
export function FocalPointRequests({ entityCode }: { entityCode: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cutoffText = useCutoffText();
  const requests = useLoad((signal) => api.requests.list(signal), 'requests');

  return (
    <section className="section" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('home.requestsTitle')}</h2>
      {requests.error ? (
        <LoadFailedAlert intro={t('errors.loadFailed')} error={requests.error} onRetry={requests.reload} />
      ) : requests.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : requests.data.length === 0 ? (
        <p>{t('home.noRequests')}</p>
      ) : (
        <ul className="request-list">
          {requests.data.map((request) => {
            const title = cycleTitle(request.cycle, format.language);
            return (
              <li key={request.cycle.id} className="card request-card">
                <h3 className="request-card__title">
                  <Link to={cycleHref(request.cycle)}>{request.cycle.symbol}</Link>
                </h3>
                <p className="request-card__subject" lang={title.lang}>
                  {title.text}
                </p>
                <dl className="facts facts--compact">
                  <div>
                    <dt>{t('cycle.facts.cutoff')}</dt>
                    <dd>
                      {format.date(request.cycle.cutoffOn)}{' '}
                      <span className="muted">({cutoffText(request.daysLeft, 'left')})</span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('home.ourReply')}</dt>
                    <dd>{t(`replyStatus.${request.reply.status}`)}</dd>
                  </div>
                </dl>
                <NextStep
                  slug={request.cycle.slug}
                  entityCode={entityCode}
                  step={request.nextStep}
                  returnComment={request.reply.returnComment}
                  receivedOn={request.reply.receivedOn}
                  publicPath={request.publicPath}
                  headingLevel="h4"
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
