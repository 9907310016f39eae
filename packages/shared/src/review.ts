import { z } from 'zod';
import { ZRecordVersion } from './parameters';
import { DECISIONS, type TDecision } from './length-rule';
import { ZLanguage, type TLanguage } from './languages';
import { REPLY_STATUSES } from './lifecycle';
import { ZReplyText, type TAttachment } from './replies';
import { ENTITY_TYPES } from './entities';

export const ZReturnReply = z.object({
  comment: z.string().trim().min(1, { error: 'Say what the sender should change.' }).max(10_000),
});
export type TReturnReply = z.infer<typeof ZReturnReply>;

export const ZAcceptReply = z.object({
  decision: z.enum(DECISIONS, { error: 'Choose FULL, SUMMARY or WEB_ONLY.' }),
  /** Required when the decision differs from what the length rule proposes; kept with the decision. */
  reason: z.string().trim().max(2_000).optional(),
});
export type TAcceptReply = z.infer<typeof ZAcceptReply>;

export const ZWithdrawReply = z.object({
  reason: z.string().trim().min(1, { error: 'Say why the reply is withdrawn.' }).max(2_000),
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

export interface TReplyVersionInfo {
  number: number;
  kind: 'SUBMISSION' | 'TRANSLATION' | 'SECRETARIAT_ENTRY';
  language: TLanguage | null;
  createdAt: string;
  createdBy: string | null;
  words: number | null;
  /** The original file sent with this submission (…/versions/<number>/original), if one was. */
  attachment?: TAttachment | null;
}

export interface TDecisionRecord {
  decision: TDecision;
  proposed: TDecision;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string;
}

export interface TAuditEvent {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
}
