import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TReplyQueueFilter } from '@replies/shared';
import { api } from '../../api/client';
import { useLoad } from '../../ui/useLoad';
import { RepliesSection } from '../RepliesSection';
import { filterQuery, readFilter } from '../queueFilter';
import { useWorkspace } from './workspace-context';

/** The review queue; its filters live in the address, so they survive a visit to a review page and can be shared. */
export default function RepliesTab() {
  const { slug } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const replies = useLoad((signal) => api.replies.list(slug, filter, signal), `${slug}?${filterQuery(filter)}`);
  const setFilter = useCallback(
    (next: TReplyQueueFilter) => setParams(new URLSearchParams(filterQuery(next)), { replace: true }),
    [setParams],
  );
  return <RepliesSection slug={slug} replies={replies} filter={filter} onFilterChange={setFilter} />;
}
