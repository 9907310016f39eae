import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { ENTITY_TYPES, type TCycleDashboard } from '@replies/shared';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import type { Loaded } from '../ui/useLoad';
import { useCutoffText } from './cutoff';
import { tabHref } from './workspace/CycleTabs';

type Tile = keyof Pick<
  TCycleDashboard,
  'invited' | 'drafting' | 'submitted' | 'returned' | 'accepted' | 'notReplied' | 'withoutFocalPoint'
>;

/** Where each tile leads: the review queue filtered to what it counts, or the invitations. */
const TILE_TARGETS: Record<Tile, { tab: 'replies' | 'invitations'; query?: string }> = {
  invited: { tab: 'replies' },
  drafting: { tab: 'replies', query: 'status=DRAFT' },
  submitted: { tab: 'replies', query: 'status=SUBMITTED' },
  returned: { tab: 'replies', query: 'status=RETURNED' },
  accepted: { tab: 'replies', query: 'status=ACCEPTED' },
  notReplied: { tab: 'invitations' },
  withoutFocalPoint: { tab: 'invitations' },
};
const ATTENTION: Tile[] = ['submitted', 'notReplied', 'withoutFocalPoint'];

/** Where the cycle stands: counts of invitations and replies, each leading to the list it counts, and the time left. */
export function DashboardSection({ slug, dashboard }: { slug: string; dashboard: Loaded<TCycleDashboard> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cutoffText = useCutoffText();
  const data = dashboard.data;

  return (
    <section className="section" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('dashboard.title')}</h2>
      {dashboard.error ? (
        <LoadFailedAlert error={dashboard.error} onRetry={dashboard.reload} />
      ) : data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <>
          <p className="dashboard__days">{cutoffText(data.daysToCutoff, 'toCutoff')}</p>
          <ul className="stats">
            {(Object.keys(TILE_TARGETS) as Tile[]).map((key) => {
              const target = TILE_TARGETS[key];
              const href = tabHref(slug, target.tab) + (target.query ? `?${target.query}` : '');
              return (
                <li key={key} className={ATTENTION.includes(key) && data[key] > 0 ? 'stat stat--attention' : 'stat'}>
                  <Link to={href} className="stat__link">
                    <span className="stat__label">{t(`dashboard.${key}`)}</span>
                    <span className="stat__value">{format.number(data[key])}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
          {data.byGroup && (
            <ul className="by-group">
              {ENTITY_TYPES.map((type) => {
                const group = data.byGroup[type];
                if (!group || group.invited === 0) return null;
                return (
                  <li key={type}>
                    {t('dashboard.byGroup', {
                      group: t(`entityGroups.${type}`),
                      replied: format.number(group.replied),
                      invited: format.number(group.invited),
                    })}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
