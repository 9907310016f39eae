import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TCycle, TEntityType } from '@replies/shared';
import { useFormat } from '../../ui/format';
import { dayToSeconds, type ReceivedPoint } from './received-series';

const COLORS: Record<TEntityType, string> = { STATE: '#00589c', UN_SYSTEM: '#2e7d32', OTHER: '#8e24aa' };
const CUTOFF_COLOR = '#b3261e';

/** The uPlot drawing: one stepped line per group, and a dashed vertical line at the cut-off date. */
export default function ReceivedPlot({
  cycle,
  points,
  groups,
}: {
  cycle: TCycle;
  points: ReceivedPoint[];
  groups: TEntityType[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const container = useRef<HTMLDivElement>(null);
  const shortDate = useMemo(
    () => new Intl.DateTimeFormat(format.language, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    [format.language],
  );

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const start = Math.min(dayToSeconds(cycle.noteVerbaleOn), dayToSeconds(points[0].date));
    const end = Math.max(dayToSeconds(cycle.cutoffOn), dayToSeconds(points.at(-1)!.date)) + 86_400;
    const xs = [start, ...points.map((p) => dayToSeconds(p.date)), end];
    const series = groups.map((type) => [0, ...points.map((p) => p.byGroup[type]), points.at(-1)!.byGroup[type]]);
    const cutoff = dayToSeconds(cycle.cutoffOn);
    const plot = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height: 260,
        scales: { x: { time: true, range: [start, end] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        legend: { live: false },
        axes: [
          { space: 90, values: (_u, ticks) => ticks.map((tick) => shortDate.format(new Date(tick * 1000))) },
          { values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? format.number(tick) : '')) },
        ],
        series: [
          { label: t('workspace.chart.date') },
          ...groups.map((type) => ({
            label: t(`entityGroups.${type}`),
            stroke: COLORS[type],
            width: 2,
            paths: uPlot.paths.stepped!({ align: 1 }),
          })),
        ],
        hooks: {
          draw: [
            (u) => {
              const x = u.valToPos(cutoff, 'x', true);
              const { ctx } = u;
              ctx.save();
              ctx.strokeStyle = CUTOFF_COLOR;
              ctx.setLineDash([6, 4]);
              ctx.lineWidth = 2;
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
              ctx.fillStyle = CUTOFF_COLOR;
              ctx.font = `${12 * devicePixelRatio}px sans-serif`;
              ctx.textAlign = 'right';
              ctx.fillText(t('workspace.chart.cutoff'), x - 4 * devicePixelRatio, u.bbox.top + 14 * devicePixelRatio);
              ctx.restore();
            },
          ],
        },
      },
      [xs, ...series],
      element,
    );
    const resize = () => plot.setSize({ width: Math.max(280, element.clientWidth), height: 260 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      plot.destroy();
    };
  }, [cycle, points, groups, t, format, shortDate]);

  return <div ref={container} className="chart__plot" />;
}
