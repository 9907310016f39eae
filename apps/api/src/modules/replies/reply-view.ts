import {
  checkLength,
  type TAttachment,
  replyReference,
  type TCycle,
  type TLanguage,
  type TReply,
  type TReplySummary,
} from '@replies/shared';
import { toIsoDate } from '../../common/dates';

type AttachmentFields = {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: Date;
};

/**
 * What `toReply` reads of a reply: the Prisma row with REPLY_INCLUDE (in transactions) or the row of
 * the one-query read (REPLY_SQL) alike.
 */
export interface ReplyReadRow {
  id: string;
  cycleId: string;
  entityCode: string;
  status: TReply['status'];
  originalLanguage: string | null;
  receivedOn: Date | null;
  webOnly: boolean;
  enteredBySecretariat: boolean;
  version: number;
  returnComment: string | null;
  decision: TReply['decision'];
  updatedAt: Date;
  texts: { language: string; body: string; summary: string | null }[];
  attachments: (AttachmentFields & { versions: { number: number }[] })[];
  versions: { number: number; createdAt: Date; attachment: AttachmentFields | null }[];
}
type ReplyRow = ReplyReadRow;

type TextRow = { language: string; body: string; summary: string | null };

export function textsOf(rows: TextRow[]): TReply['texts'] {
  return Object.fromEntries(rows.map((t) => [t.language, { body: t.body, summary: t.summary }]));
}

function lengthCheckOf(cycle: TCycle, originalLanguage: string | null, texts: TReply['texts'], webOnly: boolean) {
  const original = originalLanguage ? texts[originalLanguage as TLanguage] : undefined;
  return original ? checkLength({ body: original.body, summary: original.summary, webOnly }, cycle) : null;
}

type AttachmentRow = { id: string; fileName: string; mediaType: string; size: number; sha256: string; createdAt: Date };

export const toAttachment = (row: AttachmentRow): TAttachment => ({
  id: row.id,
  fileName: row.fileName,
  mediaType: row.mediaType,
  size: row.size,
  sha256: row.sha256,
  uploadedAt: row.createdAt.toISOString(),
});

/** The newest upload, unless a submission already took it: the file the next submission will carry. */
export const pendingAttachment = (row: Pick<ReplyRow, 'attachments'>) => {
  const newest = row.attachments[0];
  return newest && !newest.versions.length ? newest : null;
};

/**
 * The original of the reply as it stands: while it is being written (draft, returned), the file
 * uploaded for it since its last submission; once submitted, the file sent with that submission.
 * A revision without a new upload has no original: the earlier file no longer matches its text.
 */
export function shownAttachment(row: Pick<ReplyRow, 'attachments' | 'versions' | 'status'>): AttachmentRow | null {
  if (row.status === 'DRAFT' || row.status === 'RETURNED') return pendingAttachment(row);
  return row.versions[0]?.attachment ?? null;
}

export function toReply(cycle: TCycle, entityCode: string, row: ReplyRow | null): TReply {
  if (!row) {
    return {
      id: null,
      cycleId: cycle.id,
      entityCode,
      status: 'NOT_STARTED',
      originalLanguage: null,
      receivedOn: null,
      webOnly: false,
      enteredBySecretariat: false,
      texts: {},
      version: 0,
      returnComment: null,
      decision: null,
      attachment: null,
      lengthCheck: null,
      updatedAt: null,
      receipt: null,
    };
  }
  const texts = textsOf(row.texts);
  const attachment = shownAttachment(row);
  return {
    id: row.id,
    cycleId: row.cycleId,
    entityCode: row.entityCode,
    status: row.status,
    originalLanguage: row.originalLanguage as TLanguage | null,
    receivedOn: row.receivedOn ? toIsoDate(row.receivedOn) : null,
    webOnly: row.webOnly,
    enteredBySecretariat: row.enteredBySecretariat,
    texts,
    version: row.version,
    returnComment: row.returnComment,
    decision: row.decision,
    attachment: attachment ? toAttachment(attachment) : null,
    lengthCheck: lengthCheckOf(cycle, row.originalLanguage, texts, row.webOnly),
    updatedAt: row.updatedAt.toISOString(),
    receipt: receiptOf(cycle, row),
  };
}

/**
 * The receipt of the latest submission. Its date received is the reply's: set by the first submission
 * and kept by every later one (an editor may correct it while the reply is returned).
 */
function receiptOf(cycle: TCycle, row: ReplyRow): TReply['receipt'] {
  const last = row.versions[0];
  if (!last || !row.receivedOn) return null;
  return {
    reference: replyReference(cycle.symbol, row.entityCode, last.number),
    receivedOn: toIsoDate(row.receivedOn),
    submittedAt: last.createdAt.toISOString(),
  };
}

/** A reply as the review queue lists it: its length as counted when it was saved (reply-counts.ts). */
export interface QueueRow {
  status: TReplySummary['status'];
  originalLanguage: string | null;
  receivedOn: Date | null;
  decision: TReplySummary['decision'];
  enteredBySecretariat: boolean;
  updatedAt: Date;
  words: number | null;
  overLimit: boolean;
}

export function toSummary(
  cycle: TCycle,
  entity: { code: string; type: TReplySummary['entityType']; nameEn: string; nameZh: string | null },
  reply: QueueRow | undefined,
): TReplySummary {
  const receivedOn = reply?.receivedOn ? toIsoDate(reply.receivedOn) : null;
  return {
    entityCode: entity.code,
    entityType: entity.type,
    names: { en: entity.nameEn, zh: entity.nameZh },
    status: reply?.status ?? 'NOT_STARTED',
    originalLanguage: (reply?.originalLanguage as TLanguage | null) ?? null,
    receivedOn,
    words: reply?.originalLanguage ? reply.words : null,
    overLimit: reply?.overLimit ?? false,
    decision: reply?.decision ?? null,
    addendum: !!receivedOn && receivedOn > cycle.cutoffOn,
    enteredBySecretariat: reply?.enteredBySecretariat ?? false,
    updatedAt: reply?.updatedAt.toISOString() ?? null,
  };
}
