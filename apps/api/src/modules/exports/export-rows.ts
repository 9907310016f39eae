import type { TDecision, TEntityType, TInvitationChannel, TIsoDate, TLanguage, TReplyState } from '@replies/shared';

/** What the spreadsheet says of one invited (or replying) entity. */
export interface ReplyExportRow {
  code: string;
  name: string;
  group: TEntityType;
  status: TReplyState;
  focalPoints: string[];
  channel: TInvitationChannel | null;
  invitedOn: TIsoDate | null;
  reminders: TIsoDate[];
  receivedOn: TIsoDate | null;
  originalLanguage: TLanguage | null;
  words: number | null;
  overLimit: boolean;
  decision: TDecision | null;
  addendum: boolean;
}

export const EXPORT_COLUMNS = [
  'code',
  'name',
  'group',
  'status',
  'focalPoints',
  'channel',
  'invitedOn',
  'reminders',
  'receivedOn',
  'originalLanguage',
  'words',
  'overLimit',
  'decision',
  'addendum',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export interface ExportWords {
  headings: Record<ExportColumn, string>;
  groups: Record<TEntityType, string>;
  statuses: Record<TReplyState, string>;
  decisions: Record<TDecision, string>;
  channels: Record<TInvitationChannel, string>;
  languages: Record<TLanguage, string>;
  yes: string;
  no: string;
}

export type Cell = string | number | null;

/** One row of cells in column order, in the words of the sheet's language. */
export function cellsOf(row: ReplyExportRow, words: ExportWords): Cell[] {
  const flag = (value: boolean) => (value ? words.yes : words.no);
  const cells: Record<ExportColumn, Cell> = {
    code: row.code,
    name: row.name,
    group: words.groups[row.group],
    status: words.statuses[row.status],
    focalPoints: row.focalPoints.join('; '),
    channel: row.channel ? words.channels[row.channel] : null,
    invitedOn: row.invitedOn,
    reminders: row.reminders.join('; '),
    receivedOn: row.receivedOn,
    originalLanguage: row.originalLanguage ? words.languages[row.originalLanguage] : null,
    words: row.words,
    overLimit: row.words === null ? null : flag(row.overLimit),
    decision: row.decision ? words.decisions[row.decision] : null,
    addendum: row.receivedOn === null ? null : flag(row.addendum),
  };
  return EXPORT_COLUMNS.map((column) => cells[column]);
}
