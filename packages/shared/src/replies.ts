import { z } from 'zod';
import { ZRecordVersion } from './parameters';
import { ZIsoDate } from './dates';
import { ZEnZhNames, ZEntityType } from './entities';
import { ZDecision, ZLengthCheck } from './length-rule';
import { ZLanguage } from './languages';
import { ZReplyState } from './lifecycle';

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

export const ZAttachment = z
  .object({
    id: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    size: z.number(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'Attachment' });
export type TAttachment = z.infer<typeof ZAttachment>;

const date = z.string().meta({ format: 'date' });

/**
 * What the focal point is given when a reply is submitted, and keeps: the reference number
 * (`replyReference()`, e.g. A/65/99-FIN-2), the date received in the Secretariat's calendar, and the
 * moment of the submission (ISO 8601).
 */
export const ZReplyReceipt = z.object({ reference: z.string(), receivedOn: date, submittedAt: z.string() });
export type TReplyReceipt = z.infer<typeof ZReplyReceipt>;

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

export const ZReply = z
  .object({
    id: z.string().nullable(),
    cycleId: z.string(),
    entityCode: z.string(),
    status: ZReplyState,
    originalLanguage: ZLanguage.nullable(),
    receivedOn: date.nullable(),
    webOnly: z.boolean(),
    enteredBySecretariat: z.boolean(),
    texts: z.partialRecord(ZLanguage, z.object({ body: z.string(), summary: z.string().nullable() })),
    version: z.number(),
    returnComment: z.string().nullable(),
    decision: ZDecision.nullable(),
    attachment: ZAttachment.nullable(),
    /** The length rule applied to the original-language text with the cycle's limits. */
    lengthCheck: ZLengthCheck.nullable(),
    updatedAt: z.string().nullable(),
    /** The receipt of the latest submission (or Secretariat entry); null before the first one. */
    receipt: ZReplyReceipt.nullable(),
  })
  .meta({ id: 'Reply' });
export type TReply = z.infer<typeof ZReply>;

/** The answer to a submission: the reply as now stored, with the receipt of this very submission. */
export const ZSubmittedReply = ZReply.extend({ receipt: ZReplyReceipt }).meta({ id: 'SubmittedReply' });
export type TSubmittedReply = z.infer<typeof ZSubmittedReply>;

export const ZReplySummary = z.object({
  entityCode: z.string(),
  entityType: ZEntityType,
  names: ZEnZhNames,
  status: ZReplyState,
  originalLanguage: ZLanguage.nullable(),
  receivedOn: date.nullable(),
  words: z.number().nullable(),
  overLimit: z.boolean(),
  decision: ZDecision.nullable(),
  /** Received after the cycle's cut-off date: it belongs to the next addendum, not the main report. */
  addendum: z.boolean(),
  enteredBySecretariat: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type TReplySummary = z.infer<typeof ZReplySummary>;

/** An uploaded original, and the text read from it when it is a Word document. */
export const ZUploadedOriginal = z.object({ attachment: ZAttachment, extractedText: z.string().nullable() });
export type TUploadedOriginal = z.infer<typeof ZUploadedOriginal>;

/** Uploaded originals: DOCX (text extracted) or PDF (kept only), checked by content. */
export const MAX_ORIGINAL_BYTES = 10 * 1024 * 1024;
