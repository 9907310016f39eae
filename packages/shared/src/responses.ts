import { z } from 'zod';
import { ZIntroductionParagraph } from './cycle-texts';
import { ZCycle, ZInvitationChannel } from './cycles';
import { ZEnZhNames } from './entities';
import { ZDecision } from './length-rule';
import { ZLanguage } from './languages';
import { ZNextStep, ZReplyState } from './lifecycle';
import { ZRepeatedPassage } from './repetition';
import { ZReplyVersionKind } from './review';
import { ZDiffPart } from './text-diff';

/** Responses of the API that have no request schema: declared once, returned by the API, read by the web app. */

const date = z.string().meta({ format: 'date' });

/** A request for views addressed to the focal point's State or organization, and where their reply stands. */
export const ZFocalPointRequest = z.object({
  cycle: ZCycle,
  reply: z.object({
    status: ZReplyState,
    returnComment: z.string().nullable(),
    receivedOn: date.nullable(),
    updatedAt: z.string().nullable(),
  }),
  /** Days from today (the Secretariat's calendar) to the cut-off date; negative once it has passed. */
  daysLeft: z.number(),
  nextStep: ZNextStep,
  /** The published full text, once the reply is published. */
  publicPath: z.string().nullable(),
});
export type TFocalPointRequest = z.infer<typeof ZFocalPointRequest>;

/** The text of the note verbale or letter that asked an entity for its views. */
export const ZRequestText = z.object({ channel: ZInvitationChannel, subject: z.string(), body: z.string() });
export type TRequestText = z.infer<typeof ZRequestText>;

export const ZInvitationResult = z.object({
  invited: z.number(),
  alreadyInvited: z.number(),
  mailsQueued: z.number(),
  /** Invited now, but nobody receives the request: the entity has no active focal point. */
  withoutFocalPoint: z.array(z.object({ code: z.string(), names: ZEnZhNames })),
});
export type TInvitationResult = z.infer<typeof ZInvitationResult>;

export const ZReminderResult = z.object({ reminded: z.number(), mailsQueued: z.number() });
export type TReminderResult = z.infer<typeof ZReminderResult>;

/** A format the report is compiled in. */
export const REPORT_FORMATS = ['json', 'html', 'docx', 'md'] as const;
export type TReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * A field the report in one language needs and does not have: a text of the cycle in that language
 * (`title`, `mandate`, `request`, `observations`, an `introduction` paragraph the editor rewrote in the
 * original language), the date of issue, or the office's name in that language.
 */
export const ZMissingCycleField = z.union([
  z.object({ field: z.enum(['title', 'mandate', 'request', 'observations']), language: ZLanguage }),
  z.object({ field: z.literal('introduction'), language: ZLanguage, paragraph: ZIntroductionParagraph }),
  z.object({ field: z.literal('issuedOn') }),
  z.object({ field: z.literal('officeName'), language: ZLanguage, officeCode: z.string() }),
]);
export type TMissingCycleField = z.infer<typeof ZMissingCycleField>;

const named = { entityCode: z.string(), name: z.string() };

/** The pre-publication checks of the report (or addendum) in one language. */
export const ZReportChecks = z.object({
  words: z.number(),
  wordLimit: z.number(),
  overWordLimit: z.boolean(),
  missingTranslations: z.array(z.object({ ...named, what: z.enum(['text', 'summary', 'name']) })),
  /** Fields of the cycle (or of its office) that this language lacks, each naming the field to complete. */
  missingCycleFields: z.array(ZMissingCycleField),
  notAccepted: z.array(z.object({ ...named, status: z.string() })),
  namesOtherEntity: z.array(z.object({ ...named, mentions: z.array(z.string()) })),
  contradictions: z.array(z.object({ ...named, decision: ZDecision, proposed: ZDecision })),
});
export type TReportChecks = z.infer<typeof ZReportChecks>;

/** One paragraph of the introduction in one language: what the portal generates, and the editor's text if any. */
export const ZIntroductionDraft = z.object({
  language: ZLanguage,
  paragraphs: z.array(z.object({ key: ZIntroductionParagraph, generated: z.string(), text: z.string().nullable() })),
});
export type TIntroductionDraft = z.infer<typeof ZIntroductionDraft>;

/** One stored compiled version of the report: each compilation whose bytes differ from the last is kept. */
export const ZCompiledReport = z.object({
  id: z.string(),
  language: ZLanguage,
  format: z.enum(['JSON', 'HTML', 'DOCX', 'MD']),
  addendum: z.number(),
  corrigendum: z.number(),
  checksum: z.string(),
  compiledAt: z.string(),
  compiledBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type TCompiledReport = z.infer<typeof ZCompiledReport>;

export const ZPublishResult = z.object({
  /** A/65/99, A/65/99/Add.1, A/65/99/Corr.1… */
  symbol: z.string(),
  corrigendum: z.number(),
  addendum: z.number(),
  languages: z.array(ZLanguage),
  replies: z.number(),
  publishedAt: z.string(),
});
export type TPublishResult = z.infer<typeof ZPublishResult>;

/** What changed between two versions of a reply, in one language, as computed by the API. */
export const ZReplyDiff = z.object({
  from: z.number(),
  to: z.number(),
  language: ZLanguage,
  body: z.array(ZDiffPart),
  summary: z.array(ZDiffPart),
});
export type TReplyDiff = z.infer<typeof ZReplyDiff>;

/** One stored version of a reply, as it was saved. */
export const ZReplyVersion = z.object({
  number: z.number(),
  kind: ZReplyVersionKind,
  createdAt: z.string(),
  snapshot: z.unknown(),
});
export type TReplyVersion = z.infer<typeof ZReplyVersion>;

/** "New information only": the passages of the reply that repeat the entity's reply to the previous cycle. */
export const ZRepetitions = z.object({
  applies: z.boolean(),
  previousCycle: z.string().nullable(),
  hasPreviousReply: z.boolean().optional(),
  passages: z.array(ZRepeatedPassage),
});
export type TRepetitions = z.infer<typeof ZRepetitions>;

/** With 409 STALE_VERSION on a translation: the translation as it now stands on the server. */
export const ZStoredTranslation = z.object({
  language: ZLanguage,
  body: z.string(),
  summary: z.string().nullable(),
  version: z.number(),
});
export type TStoredTranslation = z.infer<typeof ZStoredTranslation>;

/** `{ status: "ok" }` once the database answers. */
export const ZHealth = z.object({ status: z.literal('ok') });
