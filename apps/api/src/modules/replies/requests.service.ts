import { Injectable } from '@nestjs/common';
import { daysBetween, isPublic, nextStepFor, todayAt, type TFocalPointRequest } from '@replies/shared';
import { secretariatTimeZone, toIsoDate } from '../../common/dates';
import type { SessionUser } from '../auth/session-user';
import { CyclesService } from '../cycles/cycles.service';
import { RepliesRepository } from './replies.repository';

@Injectable()
export class RequestsService {
  constructor(
    private readonly cycles: CyclesService,
    private readonly replies: RepliesRepository,
  ) {}

  /** The requests addressed to the focal point's entity, soonest deadline first, each with its next step. */
  async forFocalPoint(user: SessionUser): Promise<TFocalPointRequest[]> {
    if (!user.entityCode) return [];
    const cycles = await this.cycles.list(user);
    const rows = await this.replies.repliesOf(
      user.entityCode,
      cycles.map((c) => c.id),
    );
    const replyOf = new Map(rows.map((row) => [row.cycleId, row]));
    const today = todayAt(secretariatTimeZone());
    const requests = cycles.map((cycle): TFocalPointRequest => {
      const row = replyOf.get(cycle.id);
      const status = row?.status ?? 'NOT_STARTED';
      return {
        cycle,
        reply: {
          status,
          returnComment: status === 'RETURNED' ? (row?.returnComment ?? null) : null,
          receivedOn: row?.receivedOn ? toIsoDate(row.receivedOn) : null,
          updatedAt: row?.updatedAt.toISOString() ?? null,
        },
        daysLeft: daysBetween(today, cycle.cutoffOn),
        nextStep: nextStepFor(status),
        publicPath: isPublic(status) ? `/reports/${cycle.slug}/replies/${user.entityCode}` : null,
      };
    });
    // What needs doing comes first: open deadlines soonest first, then the rest newest first.
    const pending = (r: TFocalPointRequest) => ['START', 'CONTINUE', 'REVISE'].includes(r.nextStep);
    return requests.sort(
      (a, b) =>
        Number(pending(b)) - Number(pending(a)) ||
        (pending(a)
          ? a.cycle.cutoffOn.localeCompare(b.cycle.cutoffOn)
          : b.cycle.cutoffOn.localeCompare(a.cycle.cutoffOn)),
    );
  }
}
