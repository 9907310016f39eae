import { Injectable } from '@nestjs/common';
import type { TCycle, TLanguage } from '@replies/shared';
import { toIsoDate } from '../../common/dates';
import type { SessionUser } from '../auth/session-user';
import { RepliesService } from '../replies/replies.service';
import { cellsOf, EXPORT_COLUMNS, type ReplyExportRow } from './export-rows';
import { EXPORT_WORDS } from './export-words';
import { toCsv } from './csv';
import { ExportsRepository } from './exports.repository';
import { toXlsx } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

@Injectable()
export class ExportsService {
  constructor(
    private readonly replies: RepliesService,
    private readonly exports: ExportsRepository,
  ) {}

  /** One row per invited (or replying) entity, in the order of the review queue. */
  async rows(cycle: TCycle, language: TLanguage, user: SessionUser): Promise<ReplyExportRow[]> {
    const summaries = await this.replies.list(cycle, user);
    const { invitations, users } = await this.exports.invitationsAndFocalPoints(
      cycle.id,
      summaries.map((s) => s.entityCode),
    );
    const invitationOf = new Map(invitations.map((invitation) => [invitation.entityCode, invitation]));
    const focalPointsOf = new Map<string, string[]>();
    for (const u of users) {
      focalPointsOf.set(u.entityCode!, [...(focalPointsOf.get(u.entityCode!) ?? []), `${u.name} <${u.email}>`]);
    }
    return summaries.map((summary) => {
      const invitation = invitationOf.get(summary.entityCode);
      const names = summary.names as Partial<Record<TLanguage, string | null>>;
      return {
        code: summary.entityCode,
        name: names[language] || summary.names.en,
        group: summary.entityType,
        status: summary.status,
        focalPoints: focalPointsOf.get(summary.entityCode) ?? [],
        channel: invitation?.channel ?? null,
        invitedOn: invitation ? toIsoDate(invitation.sentOn) : null,
        reminders: invitation?.reminders.map((r) => toIsoDate(r.sentOn)) ?? [],
        receivedOn: summary.receivedOn,
        originalLanguage: summary.originalLanguage,
        words: summary.words,
        overLimit: summary.overLimit,
        decision: summary.decision,
        addendum: summary.addendum,
      };
    });
  }

  async file(cycle: TCycle, format: ExportFormat, language: TLanguage, user: SessionUser) {
    const words = EXPORT_WORDS[language];
    const rows = await this.rows(cycle, language, user);
    const headings = EXPORT_COLUMNS.map((column) => words.headings[column]);
    const cells = rows.map((row) => cellsOf(row, words));
    const bytes =
      format === 'csv' ? toCsv(headings, cells) : await toXlsx(cycle.symbol, headings, cells, language === 'ar');
    return { bytes, mediaType: EXPORT_MEDIA_TYPES[format], fileName: `${cycle.slug}-replies.${format}` };
  }
}
