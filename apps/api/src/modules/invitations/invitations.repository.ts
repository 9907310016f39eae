import { Injectable } from '@nestjs/common';
import { CYCLE_STATUSES, nextCycleStatus, type TEntityType } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';

/** A focal point who receives mail: enabled, and the account activated. */
const ACTIVE_FOCAL_POINT = { role: 'FOCAL_POINT', disabled: false, passwordHash: { not: null } } as const;

export const LETTER_ENTITY_FIELDS = { code: true, type: true, nameEn: true, nameZh: true, formalEn: true } as const;

@Injectable()
export class InvitationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Invitations and reminders of one cycle are written one at a time, so no letter is queued twice. */
  lockCycle(tx: Tx, cycleId: string) {
    return tx.$executeRaw`SELECT 1 FROM "Cycle" WHERE id = ${cycleId}::uuid FOR UPDATE`;
  }

  /** The first invitation opens a draft cycle (see the cycle lifecycle in packages/shared). */
  openCycle(tx: Tx, cycleId: string) {
    const from = CYCLE_STATUSES.filter((status) => nextCycleStatus(status, 'invite') === 'OPEN' && status !== 'OPEN');
    return tx.cycle.updateMany({ where: { id: cycleId, status: { in: from } }, data: { status: 'OPEN' } });
  }

  entities(tx: Tx, filter: { codes: string[]; groups: TEntityType[] }) {
    return tx.entity.findMany({
      where: { OR: [{ code: { in: filter.codes } }, { type: { in: filter.groups } }] },
      select: LETTER_ENTITY_FIELDS,
      orderBy: { nameEn: 'asc' },
    });
  }

  entity(code: string) {
    return this.prisma.entity.findUnique({ where: { code }, select: LETTER_ENTITY_FIELDS });
  }

  invitedCodes(tx: Tx, cycleId: string): Promise<Set<string>> {
    return tx.invitation
      .findMany({ where: { cycleId }, select: { entityCode: true } })
      .then((rows) => new Set(rows.map((r) => r.entityCode)));
  }

  createInvitations(
    tx: Tx,
    rows: {
      cycleId: string;
      entityCode: string;
      channel: 'NOTE_VERBALE' | 'LETTER';
      sentOn: Date;
      createdById: string;
    }[],
  ) {
    return tx.invitation.createMany({ data: rows, skipDuplicates: true });
  }

  /** Which of these entities have at least one active focal point. */
  async entitiesWithFocalPoints(tx: Tx, codes: string[]): Promise<Set<string>> {
    const rows = await tx.user.findMany({
      where: { ...ACTIVE_FOCAL_POINT, entityCode: { in: codes } },
      select: { entityCode: true },
      distinct: ['entityCode'],
    });
    return new Set(rows.map((row) => row.entityCode!));
  }

  invitation(cycleId: string, entityCode: string) {
    return this.prisma.invitation.findUnique({ where: { cycleId_entityCode: { cycleId, entityCode } } });
  }

  /** Invitations with their entity, reminders, reply status and number of active focal points. */
  async listWithProgress(cycleId: string, tx: Tx = this.prisma) {
    const invitations = await tx.invitation.findMany({
      where: { cycleId },
      include: {
        entity: {
          select: {
            ...LETTER_ENTITY_FIELDS,
            users: { where: { role: 'FOCAL_POINT', disabled: false }, select: { id: true, passwordHash: true } },
          },
        },
        reminders: { select: { sentOn: true }, orderBy: { sentOn: 'asc' } },
      },
    });
    const replies = await tx.reply.findMany({ where: { cycleId }, select: { entityCode: true, status: true } });
    const statusOf = new Map(replies.map((r) => [r.entityCode, r.status]));
    return invitations
      .map((invitation) => ({ ...invitation, replyStatus: statusOf.get(invitation.entityCode) ?? null }))
      .sort((a, b) => a.entity.nameEn.localeCompare(b.entity.nameEn, 'en'));
  }

  addReminders(tx: Tx, invitationIds: string[], sentOn: Date) {
    return tx.reminder.createMany({ data: invitationIds.map((invitationId) => ({ invitationId, sentOn })) });
  }

  replyStatuses(cycleId: string) {
    return this.prisma.reply.findMany({ where: { cycleId }, select: { entityCode: true, status: true } });
  }
}
