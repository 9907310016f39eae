import { useMemo } from 'react';
import { useTranslation } from '../i18n/react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { filterQuery, queueOrder, readFilter, withFilter } from '../cycles/queueFilter';
import { listedName, reviewHref } from '../cycles/text';
import { tabHref } from '../cycles/workspace/CycleTabs';
import { useFormat } from '../ui/format';
import { useLoad } from '../ui/useLoad';

/** Back to the queue as it was filtered, and the previous and next replies in it. */
export function QueueNeighbours({ slug, entityCode }: { slug: string; entityCode: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const queue = useLoad((signal) => api.replies.list(slug, filter, signal), `${slug}?${filterQuery(filter)}`);
  const rows = useMemo(() => queueOrder(queue.data ?? [], format.language), [queue.data, format.language]);
  const index = rows.findIndex((row) => row.entityCode === entityCode.toUpperCase());
  const previous = index > 0 ? rows[index - 1] : null;
  const next = index >= 0 && index < rows.length - 1 ? rows[index + 1] : null;
  const link = (row: (typeof rows)[number], rel: 'prev' | 'next') => {
    const name = listedName(row.names, format.language);
    return (
      <Link to={withFilter(reviewHref(slug, row.entityCode), filter)} rel={rel}>
        {t(rel === 'prev' ? 'review.queue.previous' : 'review.queue.next', { name: name.text })}
      </Link>
    );
  };

  return (
    <nav className="queue-neighbours" aria-label={t('review.queue.label')}>
      <Link to={withFilter(tabHref(slug, 'replies'), filter)}>{t('review.queue.back')}</Link>
      {index >= 0 && (
        <span className="muted">
          {t('review.queue.position', { position: format.number(index + 1), count: format.number(rows.length) })}
        </span>
      )}
      {previous && link(previous, 'prev')}
      {next && link(next, 'next')}
    </nav>
  );
}
