import type { TIntroductionParagraph } from './cycle-texts';
import type { TDecision } from './length-rule';
import type { TLanguage } from './languages';
import type { TCycle, TInvitationChannel } from './cycles';
import type { TIsoDate } from './dates';
import type { TNextStep, TReplyState } from './lifecycle';
import type { TRepeatedPassage } from './repetition';
import type { TReplyVersionInfo } from './review';
import type { TDiffPart } from './text-diff';

/** Responses of the API that have no request schema: declared once, returned by the API, read by the web app. */

/** A request for views addressed to the focal point's State or organization, and where their reply stands. */
export interface TFocalPointRequest {
  cycle: TCycle;
  reply: {
    status: TReplyState;
    returnComment: string | null;
    receivedOn: TIsoDate | null;
    updatedAt: string | null;
  };
  /** Days from today (the Secretariat's calendar) to the cut-off date; negative once it has passed. */
  daysLeft: number;
  nextStep: TNextStep;
  /** The published full text, once the reply is published. */
  publicPath: string | null;
}

/** The text of the note verbale or letter that asked an entity for its views. */
export interface TRequestText {
  channel: TInvitationChannel;
  subject: string;
  body: string;
}

export interface TInvitationResult {
  invited: number;
  alreadyInvited: number;
  mailsQueued: number;
  /** Invited now, but nobody receives the request: the entity has no active focal point. */
  withoutFocalPoint: { code: string; names: { en: string; zh: string | null } }[];
}

export interface TReminderResult {
  reminded: number;
  mailsQueued: number;
}

/** A format the report is compiled in. */
export type TReportFormat = 'json' | 'html' | 'docx' | 'md';

/** The pre-publication checks of the report (or addendum) in one language. */
export interface TReportChecks {
  words: number;
  wordLimit: number;
  overWordLimit: boolean;
  missingTranslations: { entityCode: string; name: string; what: 'text' | 'summary' | 'name' }[];
  /** Fields of the cycle (or of its office) that this language lacks, each naming the field to complete. */
  missingCycleFields: TMissingCycleField[];
  notAccepted: { entityCode: string; name: string; status: string }[];
  namesOtherEntity: { entityCode: string; name: string; mentions: string[] }[];
  contradictions: { entityCode: string; name: string; decision: TDecision; proposed: TDecision }[];
}

/**
 * A field the report in one language needs and does not have: a text of the cycle in that language
 * (`title`, `mandate`, `request`, `observations`, an `introduction` paragraph the editor rewrote in the
 * original language), the date of issue, or the office's name in that language.
 */
export type TMissingCycleField =
  | { field: 'title' | 'mandate' | 'request' | 'observations'; language: TLanguage }
  | { field: 'introduction'; language: TLanguage; paragraph: TIntroductionParagraph }
  | { field: 'issuedOn' }
  | { field: 'officeName'; language: TLanguage; officeCode: string };

/** One paragraph of the introduction in one language: what the portal generates, and the editor's text if any. */
export interface TIntroductionDraft {
  language: TLanguage;
  paragraphs: { key: TIntroductionParagraph; generated: string; text: string | null }[];
}

/** One stored compiled version of the report: each compilation whose bytes differ from the last is kept. */
export interface TCompiledReport {
  id: string;
  language: TLanguage;
  format: 'JSON' | 'HTML' | 'DOCX' | 'MD';
  addendum: number;
  corrigendum: number;
  checksum: string;
  compiledAt: string;
  compiledBy: string | null;
  publishedAt: string | null;
}

export interface TPublishResult {
  /** A/65/99, A/65/99/Add.1, A/65/99/Corr.1… */
  symbol: string;
  corrigendum: number;
  addendum: number;
  languages: TLanguage[];
  replies: number;
  publishedAt: string;
}

/** What changed between two versions of a reply, in one language, as computed by the API. */
export interface TReplyDiff {
  from: number;
  to: number;
  language: TLanguage;
  body: TDiffPart[];
  summary: TDiffPart[];
}

/** One stored version of a reply, as it was saved. */
export interface TReplyVersion {
  number: number;
  kind: TReplyVersionInfo['kind'];
  createdAt: string;
  snapshot: unknown;
}

/** "New information only": the passages of the reply that repeat the entity's reply to the previous cycle. */
export interface TRepetitions {
  applies: boolean;
  previousCycle: string | null;
  hasPreviousReply?: boolean;
  passages: TRepeatedPassage[];
}

/** With 409 STALE_VERSION on a translation: the translation as it now stands on the server. */
export interface TStoredTranslation {
  language: TLanguage;
  body: string;
  summary: string | null;
  version: number;
}
