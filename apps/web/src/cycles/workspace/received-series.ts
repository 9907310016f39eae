import { ENTITY_TYPES, type TEntityType, type TIsoDate, type TReplySummary } from '@replies/shared';

export interface ReceivedPoint {
  date: TIsoDate;
  /** Replies received by the end of that day, per group (cumulative). */
  byGroup: Record<TEntityType, number>;
  total: number;
}

/** The replies received over time: one point per day on which at least one arrived, counts cumulative. */
export function receivedSeries(
  replies: Pick<TReplySummary, 'receivedOn' | 'entityType' | 'status'>[],
): ReceivedPoint[] {
  const received = replies
    .filter((reply) => reply.receivedOn && reply.status !== 'WITHDRAWN')
    .sort((a, b) => a.receivedOn!.localeCompare(b.receivedOn!));
  const totals = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<TEntityType, number>;
  const points: ReceivedPoint[] = [];
  for (const reply of received) {
    totals[reply.entityType] += 1;
    const total = ENTITY_TYPES.reduce((sum, type) => sum + totals[type], 0);
    const point = { date: reply.receivedOn!, byGroup: { ...totals }, total };
    if (points.at(-1)?.date === point.date) points[points.length - 1] = point;
    else points.push(point);
  }
  return points;
}

/** Seconds since the epoch at UTC midnight: the x values of the chart. */
export const dayToSeconds = (date: TIsoDate) => Date.parse(`${date}T00:00:00Z`) / 1000;
