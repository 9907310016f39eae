import { useTranslation } from 'react-i18next';
import { ENTITY_TYPES, type TCycleDashboard } from '@replies/shared';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import type { Loaded } from '../ui/useLoad';
import { useCutoffText } from './cutoff';

/** Where the cycle stands: counts of invitations and replies, and the time left. */
export function DashboardSection({ dashboard }: { dashboard: Loaded<TCycleDashboard> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cutoffText = useCutoffText();
  const data = dashboard.data;

  const counts = data
    ? ([
        ['invited', data.invited],
        ['drafting', data.drafting],
        ['submitted', data.submitted],
        ['accepted', data.accepted],
        ['notReplied', data.notReplied],
        ['withoutFocalPoint', data.withoutFocalPoint],
      ] as const)
    : [];

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
          <dl className="stats">
            {counts.map(([key, value]) => (
              <div
                key={key}
                className={key === 'notReplied' || key === 'withoutFocalPoint' ? 'stat stat--attention' : 'stat'}
              >
                <dt>{t(`dashboard.${key}`)}</dt>
                <dd>{format.number(value)}</dd>
              </div>
            ))}
          </dl>
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
