import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { cycleTitle } from '../cycles/text';
import { useMessages } from '../i18n/messages';
import { ErrorAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { Report } from './Report';

/** The report of a cycle for the Secretariat: its checks, a preview in six languages, downloads, publication. */
export default function ReportPage() {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const format = useFormat();
  const { slug = '' } = useParams();
  const cycle = useLoad((signal) => api.cycles.get(slug, signal), slug);
  const heading = t('report.title');
  const notFound = cycle.error instanceof ApiError && (cycle.error.status === 404 || cycle.error.status === 403);

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

      {cycle.error ? (
        notFound ? (
          <p>{t('cycle.notFound')}</p>
        ) : (
          <ErrorAlert>
            {t('errors.pageLoadFailed')} {describeError(cycle.error)}{' '}
            <button type="button" className="button button--small" onClick={cycle.reload}>
              {t('errors.retry')}
            </button>
          </ErrorAlert>
        )
      ) : cycle.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <Report cycle={cycle.data} />
      )}
    </>
  );
}
