import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { useMessages } from '../i18n/messages';
import { ErrorAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { AuditRow } from './AuditRow';
import { useActionLabel } from './labels';

/** Who changed what in a cycle, and when: the read-only audit trail, filtered by action. */
export default function AuditPage() {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const format = useFormat();
  const actionLabel = useActionLabel();
  const { slug = '' } = useParams();
  const cycle = useLoad((signal) => api.cycles.get(slug, signal), slug);
  const events = useLoad((signal) => api.audit.cycle(slug, signal), slug);
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim().toLocaleLowerCase());

  const rows = useMemo(() => {
    const all = events.data ?? [];
    if (!query) return all;
    return all.filter(
      (event) =>
        event.action.toLocaleLowerCase().includes(query) || actionLabel(event.action).toLocaleLowerCase().includes(query),
    );
  }, [events.data, query, actionLabel]);

  const error = cycle.error ?? events.error;
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
      <PageHeading id="audit-title" title={cycle.data ? `${t('audit.title')} – ${cycle.data.symbol}` : t('audit.title')}>
        {t('audit.title')}
      </PageHeading>
      {cycle.data && (
        <p className="lead">
          <span className="cycle-symbol">{cycle.data.symbol}</span> {t('audit.intro')}
        </p>
      )}

      {error ? (
        notFound ? (
          <p>{t('cycle.notFound')}</p>
        ) : (
          <ErrorAlert>
            {t('errors.pageLoadFailed')} {describeError(error)}{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                cycle.reload();
                events.reload();
              }}
            >
              {t('errors.retry')}
            </button>
          </ErrorAlert>
        )
      ) : events.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : events.data.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          <div className="toolbar">
            <div className="field field--search">
              <label htmlFor="audit-filter">{t('audit.filter')}</label>
              <input
                id="audit-filter"
                type="search"
                autoComplete="off"
                value={filter}
                aria-describedby="audit-filter-hint"
                onChange={(event) => setFilter(event.target.value)}
              />
              <p id="audit-filter-hint" className="field__hint">
                {t('audit.filterHint')}
              </p>
            </div>
            <p className="toolbar__count" id="audit-count" aria-live="polite">
              {t('audit.shown', { shown: format.number(rows.length), total: format.number(events.data.length) })}
            </p>
          </div>
          {rows.length === 0 ? (
            <p>{t('audit.noMatch')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="audit-title audit-count" tabIndex={0}>
              <table className="table table--audit">
                <thead>
                  <tr>
                    <th scope="col">{t('audit.columns.time')}</th>
                    <th scope="col">{t('audit.columns.who')}</th>
                    <th scope="col">{t('audit.columns.action')}</th>
                    <th scope="col">{t('audit.columns.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((event) => (
                    <AuditRow key={event.id} event={event} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
