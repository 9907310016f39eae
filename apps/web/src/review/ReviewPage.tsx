import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { cycleTitle, replyHref } from '../cycles/text';
import { entityName } from '../entities/names';
import { useEntities } from '../entities/store';
import { useMessages } from '../i18n/messages';
import { ErrorAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { Review } from './Review';

/** The Secretariat's review of one reply: its text, versions, decision, return, withdrawal and translations. */
export default function ReviewPage() {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const format = useFormat();
  const { slug = '', entity: entityCode = '' } = useParams();
  const { entities } = useEntities();
  const key = `${slug}/${entityCode}`;
  const cycle = useLoad((signal) => api.cycles.get(slug, signal), slug);
  const reply = useLoad((signal) => api.replies.get(slug, entityCode, signal), key);

  const entity = entities.find((e) => e.code === entityCode.toUpperCase());
  const name = entity ? entityName(entity, format.language) : { text: entityCode, lang: format.language };
  const heading = t('review.title', { entity: name.text });
  const error = cycle.error ?? reply.error;
  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 403);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cycles">{t('cycles.title')}</Link>
        {cycle.data && (
          <>
            <span aria-hidden="true"> › </span>
            <Link to={`/cycles/${slug}`}>{cycle.data.symbol}</Link>
          </>
        )}
      </p>
      <PageHeading title={cycle.data ? `${heading} – ${cycle.data.symbol}` : heading}>{heading}</PageHeading>
      {cycle.data && (
        <p className="lead">
          <span className="cycle-symbol">{cycle.data.symbol}</span>{' '}
          <span lang={cycleTitle(cycle.data, format.language).lang}>{cycleTitle(cycle.data, format.language).text}</span>
        </p>
      )}

      {error ? (
        notFound ? (
          <p>{t('review.notFound')}</p>
        ) : (
          <ErrorAlert>
            {t('errors.pageLoadFailed')} {describeError(error)}{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                cycle.reload();
                reply.reload();
              }}
            >
              {t('errors.retry')}
            </button>
          </ErrorAlert>
        )
      ) : cycle.data === null || reply.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <>
          <p className="page-links">
            <Link to={replyHref(slug, entityCode)} aria-describedby="open-form-hint">
              {t('review.openForm')}
            </Link>{' '}
            <span id="open-form-hint" className="muted">
              {t('review.openFormHint')}
            </span>
          </p>
          <Review
            key={key}
            cycle={cycle.data}
            slug={slug}
            entityCode={entityCode}
            reply={reply.data}
            onChanged={reply.setData}
            onReload={reply.reload}
          />
        </>
      )}
    </>
  );
}
