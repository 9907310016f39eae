import { ZReplyQueueFilter, type TLanguage, type TReplyQueueFilter, type TReplySummary } from '@replies/shared';
import { listedName } from './text';

/** The filters of the review queue, as they stand in the page's address (?status=SUBMITTED&overLimit=true). */
export const FILTER_KEYS = ['status', 'group', 'language', 'overLimit'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Reads the filters from the address; a value the API would refuse is left out. */
export function readFilter(params: URLSearchParams): TReplyQueueFilter {
  const filter: TReplyQueueFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (!value) continue;
    const field = ZReplyQueueFilter.shape[key].safeParse(value);
    if (field.success) Object.assign(filter, { [key]: value });
  }
  return filter;
}

/** The address query of a filter, in a stable order (also the key under which the queue is loaded). */
export function filterQuery(filter: TReplyQueueFilter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export const isFiltered = (filter: TReplyQueueFilter) => FILTER_KEYS.some((key) => filter[key] !== undefined);

/** The queue in the order the editor sees it: by name, in the interface language's collation. */
export function queueOrder<T extends Pick<TReplySummary, 'names'>>(rows: readonly T[], language: TLanguage): T[] {
  const collator = new Intl.Collator(language === 'zh' ? 'zh-Hans' : language);
  return [...rows].sort((a, b) =>
    collator.compare(listedName(a.names, language).text, listedName(b.names, language).text),
  );
}

/** A review page's address that remembers the queue's filter, for its previous and next links. */
export const withFilter = (href: string, filter: TReplyQueueFilter) => {
  const query = filterQuery(filter);
  return query ? `${href}?${query}` : href;
};
