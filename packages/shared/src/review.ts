import { z } from 'zod';
import { ZRecordVersion } from './parameters';
import { DECISIONS, ZDecision } from './length-rule';
import { ZLanguage } from './languages';
import { REPLY_STATUSES } from './lifecycle';
import { ZAttachment, ZReplyText } from './replies';
import { ENTITY_TYPES } from './entities';
import { atMost } from './limits';

export const ZReturnReply = z.object({
  comment: z.string().trim().min(1, { error: 'Say what the sender should change.' }).max(10_000, atMost(10_000)),
});
export type TReturnReply = z.infer<typeof ZReturnReply>;

export const ZAcceptReply = z.object({
  decision: z.enum(DECISIONS, { error: 'Choose FULL, SUMMARY or WEB_ONLY.' }),
  /** Required when the decision differs from what the length rule proposes; kept with the decision. */
  reason: z.string().trim().max(2_000, atMost(2_000)).optional(),
});
export type TAcceptReply = z.infer<typeof ZAcceptReply>;

export const ZWithdrawReply = z.object({
  reason: z.string().trim().min(1, { error: 'Say why the reply is withdrawn.' }).max(2_000, atMost(2_000)),
});
export type TWithdrawReply = z.infer<typeof ZWithdrawReply>;

/** An editor's translation of an accepted reply into another official language. */
export const ZSaveTranslation = ZReplyText.extend({
  /** The translation's version as last loaded; 0 for a new one. */
  version: ZRecordVersion,
});
export type TSaveTranslation = z.infer<typeof ZSaveTranslation>;

export const ZReplyQueueFilter = z.object({
  status: z.enum([...REPLY_STATUSES, 'NOT_STARTED']).optional(),
  group: z.enum(ENTITY_TYPES).optional(),
  language: ZLanguage.optional(),
  overLimit: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TReplyQueueFilter = z.input<typeof ZReplyQueueFilter>;

export const ZReplyVersionKind = z.enum(['SUBMISSION', 'TRANSLATION', 'SECRETARIAT_ENTRY']);

export const ZReplyVersionInfo = z.object({
  number: z.number(),
  kind: ZReplyVersionKind,
  language: ZLanguage.nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  words: z.number().nullable(),
  /** The original file sent with this submission (…/versions/<number>/original), if one was. */
  attachment: ZAttachment.nullable().optional(),
});
export type TReplyVersionInfo = z.infer<typeof ZReplyVersionInfo>;

export const ZDecisionRecord = z.object({
  decision: ZDecision,
  proposed: ZDecision,
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
});
export type TDecisionRecord = z.infer<typeof ZDecisionRecord>;

export const ZAuditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
