import { Injectable } from '@nestjs/common';
import {
  daysBetween,
  defaultChannel,
  todayAt,
  type TCreateInvitations,
  type TCycle,
  type TCycleDashboard,
  type TInvitationResult,
  type TReminderResult,
  type TRequestText,
  type TInvitation,
  type TSendReminders,
  hasReplied,
  inReport,
  awaitsReview,
  type TReplyStatus,
} from '@replies/shared';
import { fromIsoDate, secretariatTimeZone, toIsoDate } from '../../common/dates';
import { invalidField, notFound } from '../../common/domain-error';
import { appConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { requestLetter, type LetterLanguage } from '../mail/letters';
import { MailNotifications } from '../mail/notifications.service';
import { InvitationsRepository } from './invitations.repository';
import { Transactions } from '../../database/transactions';

const notReplied = (status: TReplyStatus | null) => !hasReplied(status ?? 'NOT_STARTED');

/**
 * Inviting or reminding writes a row and a mail for each of up to 200 entities, after waiting for the
 * cycle's lock that another editor's invitations may hold: more than the default five seconds.
 */
const INVITING = { timeoutMs: 30_000 };

@Injectable()
export class InvitationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly invitations: InvitationsRepository,
    private readonly mail: MailNotifications,
    private readonly audit: AuditService,
  ) {}

  /**
   * Invites the chosen entities and whole groups; each entity's focal points get the request by mail
   * (States a note verbale, organizations a letter, unless one channel is chosen for all). The result
   * names the invitees without a focal point: nobody received their request.
   */
  invite(cycle: TCycle, input: TCreateInvitations, actor: SessionUser): Promise<TInvitationResult> {
    return this.transactions.run(async (tx) => {
      await this.invitations.lockCycle(tx, cycle.id);
      const codes = input.entityCodes ?? [];
      const entities = await this.invitations.entities(tx, { codes, groups: input.groups ?? [] });
      const unknown = codes.filter((code) => !entities.some((e) => e.code === code));
      if (unknown.length) throw invalidField('entityCodes', `Unknown States or organizations: ${unknown.join(', ')}.`);
      const already = await this.invitations.invitedCodes(tx, cycle.id);
      const fresh = entities.filter((entity) => !already.has(entity.code));
      await this.invitations.createInvitations(
        tx,
        fresh.map((entity) => ({
          cycleId: cycle.id,
          entityCode: entity.code,
          channel: input.channel ?? defaultChannel(entity.type),
          sentOn: fromIsoDate(input.sentOn),
          createdById: actor.id,
        })),
      );
      if (fresh.length) await this.invitations.openCycle(tx, cycle.id);
      const mailsQueued = await this.mail.requests(
        tx,
        cycle,
        fresh.map((entity) => ({ entity, channel: input.channel ?? defaultChannel(entity.type) })),
        'INVITATION',
      );
      const reached = await this.invitations.entitiesWithFocalPoints(
        tx,
        fresh.map((e) => e.code),
      );
      const withoutFocalPoint = fresh
        .filter((entity) => !reached.has(entity.code))
        .map((entity) => ({ code: entity.code, names: { en: entity.nameEn, zh: entity.nameZh } }));
      if (fresh.length) {
        await this.audit.record(tx, {
          actorId: actor.id,
          action: 'cycle.invite',
          targetType: 'Cycle',
          targetId: cycle.id,
          cycleId: cycle.id,
          after: {
            channel: input.channel ?? 'DEFAULT',
            sentOn: input.sentOn,
            entityCodes: fresh.map((e) => e.code),
            withoutFocalPoint: withoutFocalPoint.map((e) => e.code),
          },
        });
      }
      return { invited: fresh.length, alreadyInvited: entities.length - fresh.length, mailsQueued, withoutFocalPoint };
    }, INVITING);
  }

  /** Reminds invited entities that have not submitted (all of them, or the chosen ones). */
  remind(cycle: TCycle, input: TSendReminders, actor: SessionUser): Promise<TReminderResult> {
    return this.transactions.run(async (tx) => {
      await this.invitations.lockCycle(tx, cycle.id);
      const invitations = await this.invitations.listWithProgress(cycle.id, tx);
      const chosen = input.entityCodes ? new Set(input.entityCodes) : null;
      const due = invitations.filter((inv) => notReplied(inv.replyStatus) && (!chosen || chosen.has(inv.entityCode)));
      await this.invitations.addReminders(
        tx,
        due.map((inv) => inv.id),
        fromIsoDate(input.sentOn),
      );
      const mailsQueued = await this.mail.requests(
        tx,
        cycle,
        due.map((inv) => ({ entity: inv.entity, channel: inv.channel })),
        'REMINDER',
      );
      if (due.length) {
        await this.audit.record(tx, {
          actorId: actor.id,
          action: 'cycle.remind',
          targetType: 'Cycle',
          targetId: cycle.id,
          cycleId: cycle.id,
          after: { sentOn: input.sentOn, entityCodes: due.map((inv) => inv.entityCode) },
        });
      }
      return { reminded: due.length, mailsQueued };
    }, INVITING);
  }

  async list(cycle: TCycle): Promise<TInvitation[]> {
    const invitations = await this.invitations.listWithProgress(cycle.id);
    return invitations.map((inv) => ({
      entityCode: inv.entityCode,
      entityType: inv.entity.type,
      names: { en: inv.entity.nameEn, zh: inv.entity.nameZh },
      channel: inv.channel,
      sentOn: toIsoDate(inv.sentOn),
      reminders: inv.reminders.map((r) => toIsoDate(r.sentOn)),
      focalPoints: inv.entity.users.filter((u) => u.passwordHash).length,
      invitedFocalPoints: inv.entity.users.filter((u) => !u.passwordHash).length,
      replyStatus: inv.replyStatus,
    }));
  }

  async dashboard(cycle: TCycle): Promise<TCycleDashboard> {
    const invitations = await this.invitations.listWithProgress(cycle.id);
    const replies = await this.invitations.replyStatuses(cycle.id);
    const count = (question: (status: TReplyStatus) => boolean) => replies.filter((r) => question(r.status)).length;
    const byGroup: TCycleDashboard['byGroup'] = {
      STATE: { invited: 0, replied: 0 },
      UN_SYSTEM: { invited: 0, replied: 0 },
      OTHER: { invited: 0, replied: 0 },
    };
    for (const inv of invitations) {
      byGroup[inv.entity.type].invited += 1;
      if (!notReplied(inv.replyStatus)) byGroup[inv.entity.type].replied += 1;
    }
    return {
      invited: invitations.length,
      drafting: count((status) => !hasReplied(status)),
      submitted: count(awaitsReview),
      returned: count((status) => status === 'RETURNED'),
      accepted: count(inReport),
      notReplied: invitations.filter((inv) => notReplied(inv.replyStatus)).length,
      withoutFocalPoint: invitations.filter((inv) => !inv.entity.users.some((u) => u.passwordHash)).length,
      daysToCutoff: daysBetween(todayAt(secretariatTimeZone()), cycle.cutoffOn),
      byGroup,
    };
  }

  /** The request an entity received, in English or Chinese; a focal point may read only their own. */
  async requestText(cycle: TCycle, entityCode: string, language: LetterLanguage): Promise<TRequestText> {
    const invitation = await this.invitations.invitation(cycle.id, entityCode);
    const entity = await this.invitations.entity(entityCode);
    if (!invitation || !entity) throw notFound(`An invitation of ${entityCode} to ${cycle.symbol}`);
    const letter = requestLetter(
      { cycle, entity, channel: invitation.channel, kind: 'INVITATION', portalUrl: appConfig().publicUrl },
      language,
    );
    return { channel: invitation.channel, ...letter };
  }
}
