import { z } from 'zod';
import { ZRecordVersion } from './parameters';
import { ZIsoDate, type TIsoDate } from './dates';
import type { TDecision, TLengthCheck } from './length-rule';
import { ZLanguage, type TLanguage } from './languages';
import type { TReplyState } from './lifecycle';

/** Text limits that protect the server; the cycle's word limits are a separate, softer rule. */
export const MAX_REPLY_CHARACTERS = 500_000;
export const MAX_SUMMARY_CHARACTERS = 50_000;

export const ZReplyText = z.object({
  body: z.string().max(MAX_REPLY_CHARACTERS, { error: 'The text is too long to store (500,000 characters at most).' }),
  summary: z.string().max(MAX_SUMMARY_CHARACTERS, { error: 'The summary is too long to store.' }).optional(),
});
export type TReplyText = z.infer<typeof ZReplyText>;

/** A draft as the form saves it. `version` is the one the form last loaded: a stale one gets 409. */
export const ZSaveReply = z.object({
  originalLanguage: ZLanguage,
  /** Editors entering a reply received by e-mail, fax or post set the date it arrived. */
  receivedOn: ZIsoDate.nullable().optional(),
  /** The sender's choice that a reply over the limit appear on the web only. */
  webOnly: z.boolean().optional(),
  texts: z.partialRecord(ZLanguage, ZReplyText),
  version: ZRecordVersion,
});
export type TSaveReply = z.input<typeof ZSaveReply>;

/** The reply form: one language's text and summary, edited in the original language. */
export const ZReplyForm = z.object({
  originalLanguage: ZLanguage,
  body: ZReplyText.shape.body,
  summary: z.string().max(MAX_SUMMARY_CHARACTERS),
  webOnly: z.boolean(),
  receivedOn: z.union([ZIsoDate, z.literal('')]).optional(),
});
export type TReplyForm = z.infer<typeof ZReplyForm>;

export interface TAttachment {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

/**
 * What the focal point is given when a reply is submitted, and keeps: the reference number
 * (`replyReference()`, e.g. A/65/99-FIN-2), the date received in the Secretariat's calendar, and the
 * moment of the submission (ISO 8601).
 */
export interface TReplyReceipt {
  reference: string;
  receivedOn: TIsoDate;
  submittedAt: string;
}

/**
 * The submission: the sender declares that they submit the reply on behalf of their State or
 * organization (the Secretariat, that it enters the reply as received from it). The form requires the
 * declaration; the API records it with the version when sent, and refuses `false`.
 */
export const ZSubmitReply = z.object({
  declaration: z.literal(true, { error: 'Tick the declaration to submit the reply.' }).optional(),
});
export type TSubmitReply = z.infer<typeof ZSubmitReply>;

/** `GET …/replies/:entity/receipt?lang=`: the receipt in that language (the user's own when not given). */
export const ZReceiptQuery = z.object({ lang: ZLanguage.optional() });
export type TReceiptQuery = z.infer<typeof ZReceiptQuery>;

/** The check step's form: the declaration must be ticked. */
export const ZSubmitDeclaration = z.object({
  declaration: z.boolean().refine((ticked) => ticked, { error: 'Tick the declaration to submit the reply.' }),
});
export type TSubmitDeclaration = z.infer<typeof ZSubmitDeclaration>;

export interface TReply {
  id: string | null;
  cycleId: string;
  entityCode: string;
  status: TReplyState;
  originalLanguage: TLanguage | null;
  receivedOn: TIsoDate | null;
  webOnly: boolean;
  enteredBySecretariat: boolean;
  texts: Partial<Record<TLanguage, { body: string; summary: string | null }>>;
  version: number;
  returnComment: string | null;
  decision: TDecision | null;
  attachment: TAttachment | null;
  /** The length rule applied to the original-language text with the cycle's limits. */
  lengthCheck: TLengthCheck | null;
  updatedAt: string | null;
  /** The receipt of the latest submission (or Secretariat entry); null before the first one. */
  receipt: TReplyReceipt | null;
}

/** The answer to a submission: the reply as now stored, with the receipt of this very submission. */
export type TSubmittedReply = TReply & { receipt: TReplyReceipt };

export interface TReplySummary {
  entityCode: string;
  entityType: 'STATE' | 'UN_SYSTEM' | 'OTHER';
  names: { en: string; zh: string | null };
  status: TReply['status'];
  originalLanguage: TLanguage | null;
  receivedOn: TIsoDate | null;
  words: number | null;
  overLimit: boolean;
  decision: TDecision | null;
  /** Received after the cycle's cut-off date: it belongs to the next addendum, not the main report. */
  addendum: boolean;
  enteredBySecretariat: boolean;
  updatedAt: string | null;
}

/** Uploaded originals: DOCX (text extracted) or PDF (kept only), checked by content. */
export const MAX_ORIGINAL_BYTES = 10 * 1024 * 1024;
