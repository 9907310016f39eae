import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { ENTITY_TYPES, type TCycle, type TReplySummary } from '@replies/shared';
import { useFormat } from '../../ui/format';
import { receivedSeries } from './received-series';

// The chart library is loaded only by those who open a cycle's overview.
const ReceivedPlot = lazy(() => import('./ReceivedPlot'));

/** Replies received over time against the cut-off date, per group; the same figures as a table. */
export function ReceivedChart({ cycle, replies }: { cycle: TCycle; replies: TReplySummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = useMemo(() => receivedSeries(replies), [replies]);
  const last = points.at(-1);
  const groups = ENTITY_TYPES.filter((type) => replies.some((reply) => reply.entityType === type));
  const summary = t('workspace.chart.summary', {
    count: last?.total ?? 0,
    total: format.number(last?.total ?? 0),
    cutoff: format.date(cycle.cutoffOn),
  });

  return (
    <section className="section" aria-labelledby="received-title">
      <h2 id="received-title">{t('workspace.chart.title')}</h2>
      <p>{summary}</p>
      {points.length > 0 && (
        <>
          <figure className="chart" aria-hidden="true">
            <Suspense fallback={<div className="chart__placeholder" />}>
              <ReceivedPlot cycle={cycle} points={points} groups={groups} />
            </Suspense>
          </figure>
          <details className="chart-table">
            <summary>{t('workspace.chart.asTable')}</summary>
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t('workspace.chart.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('workspace.chart.date')}</th>
                    {groups.map((type) => (
                      <th scope="col" key={type}>
                        {t(`entityGroups.${type}`)}
                      </th>
                    ))}
                    <th scope="col">{t('workspace.chart.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((point) => (
                    <tr key={point.date}>
                      <th scope="row">
                        {format.date(point.date)}
                        {point.date > cycle.cutoffOn && <> ({t('replies.addendum')})</>}
                      </th>
                      {groups.map((type) => (
                        <td key={type}>{format.number(point.byGroup[type])}</td>
                      ))}
                      <td>{format.number(point.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
