import { useMemo } from 'react';
import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import type { TReplyQueueFilter, TReplySummary } from '@replies/shared';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { NoValue } from '../ui/NoValue';
import { TableRegion } from '../ui/TableRegion';
import type { Loaded } from '../ui/useLoad';
import { QueueFilters } from './QueueFilters';
import { isFiltered, queueOrder, withFilter } from './queueFilter';
import { ReplyStatusText } from './ReplyStatusText';
import { listedName, reviewHref } from './text';

interface RepliesSectionProps {
  slug: string;
  replies: Loaded<TReplySummary[]>;
  filter: TReplyQueueFilter;
  onFilterChange: (filter: TReplyQueueFilter) => void;
}

const exportHref = (slug: string, format: 'xlsx' | 'csv', language: string) =>
  `/api/cycles/${encodeURIComponent(slug)}/export/replies.${format}?lang=${language}`;

/** The review queue: every invited or replying entity, filtered by the API, each linked to its review page. */
export function RepliesSection({ slug, replies, filter, onFilterChange }: RepliesSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const rows = useMemo(() => queueOrder(replies.data ?? [], format.language), [replies.data, format.language]);

  const none = <NoValue />;

  return (
    <section className="section" aria-labelledby="replies-title">
      <h2 id="replies-title">{t('replies.title')}</h2>
      <div className="toolbar">
        <QueueFilters filter={filter} onChange={onFilterChange} />
        <p className="toolbar__count" id="replies-count" aria-live="polite">
          {replies.data ? t('replies.count', { count: rows.length, shown: format.number(rows.length) }) : ''}
        </p>
        <p className="toolbar__downloads">
          {t('replies.export.label')}{' '}
          <a href={exportHref(slug, 'xlsx', format.language)} download>
            {t('replies.export.xlsx')}
          </a>{' '}
          <a href={exportHref(slug, 'csv', format.language)} download>
            {t('replies.export.csv')}
          </a>
        </p>
      </div>
      {replies.error ? (
        <LoadFailedAlert intro={t('errors.loadFailed')} error={replies.error} onRetry={replies.reload} />
      ) : replies.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{isFiltered(filter) ? t('replies.noMatch') : t('replies.empty')}</p>
      ) : (
        <TableRegion
          labelledBy="replies-title replies-count"
          tall
          head={
            <>
              <th scope="col">{t('replies.columns.entity')}</th>
              <th scope="col">{t('replies.columns.status')}</th>
              <th scope="col">{t('replies.columns.originalLanguage')}</th>
              <th scope="col">{t('replies.columns.received')}</th>
              <th scope="col" className="cell--number">
                {t('replies.columns.words')}
              </th>
              <th scope="col">{t('replies.columns.overLimit')}</th>
              <th scope="col">{t('replies.columns.decision')}</th>
            </>
          }
        >
          {rows.map((reply) => {
            const name = listedName(reply.names, format.language);
            return (
              <tr key={reply.entityCode}>
                <th scope="row" className="cell--name">
                  <Link to={withFilter(reviewHref(slug, reply.entityCode), filter)} lang={name.lang}>
                    {name.text}
                  </Link>
                  {reply.enteredBySecretariat && <span className="tag">{t('replies.bySecretariat')}</span>}
                  {reply.addendum && (
                    <span className="tag tag--addendum" title={t('replies.addendumHint')}>
                      {t('replies.addendum')}
                    </span>
                  )}
                </th>
                <td>
                  <ReplyStatusText status={reply.status} />
                </td>
                <td>{reply.originalLanguage ? t(`languageNames.${reply.originalLanguage}`) : none}</td>
                <td className="cell--nowrap">{reply.receivedOn ? format.date(reply.receivedOn) : none}</td>
                <td className="cell--number">{reply.words === null ? none : format.number(reply.words)}</td>
                <td>{reply.overLimit ? <strong className="attention">{t('replies.yes')}</strong> : t('replies.no')}</td>
                <td>{reply.decision ? t(`decisions.${reply.decision}`) : none}</td>
              </tr>
            );
          })}
        </TableRegion>
      )}
    </section>
  );
}
