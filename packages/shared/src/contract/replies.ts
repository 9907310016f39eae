import { z } from 'zod';
import { ZLanguage } from '../languages';
import { ZWholeNumberText } from '../parameters';
import {
  ZReceiptQuery,
  ZReply,
  ZReplySummary,
  ZSaveReply,
  ZSubmitReply,
  ZSubmittedReply,
  ZUploadedOriginal,
} from '../replies';
import { ZReplyDiff, ZRepetitions, ZReplyVersion } from '../responses';
import {
  ZAcceptReply,
  ZDecisionRecord,
  ZReplyQueueFilter,
  ZReplyVersionInfo,
  ZReturnReply,
  ZSaveTranslation,
  ZWithdrawReply,
} from '../review';
import { fileResponse, route } from './route';

const ORIGINAL_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
] as const;

export const replies = {
  list: route({
    method: 'GET',
    path: '/cycles/:cycle/replies',
    summary:
      "The review queue: every invited or replying entity with its reply's status (a focal point: their own only).",
    query: ZReplyQueueFilter,
    response: z.array(ZReplySummary),
  }),
  get: route({
    method: 'GET',
    path: '/cycles/:cycle/replies/:entity',
    summary: "An entity's reply: status NOT_STARTED and version 0 when nothing is saved yet.",
    response: ZReply,
  }),
  save: route({
    method: 'PUT',
    path: '/cycles/:cycle/replies/:entity',
    summary:
      'Save the draft. A stale version gets 409 STALE_VERSION with the stored draft in `current`; nothing is lost.',
    body: ZSaveReply,
    response: ZReply,
  }),
  submit: route({
    method: 'POST',
    path: '/cycles/:cycle/replies/:entity/submit',
    summary:
      'Submit the saved draft. Over the limit it needs a summary within the summary limit or webOnly (422 otherwise). ' +
      'Answers with the reply and `receipt: { reference, receivedOn, submittedAt }`; `declaration: true` is recorded with the version.',
    body: ZSubmitReply,
    response: ZSubmittedReply,
  }),
  receipt: route({
    method: 'GET',
    path: '/cycles/:cycle/replies/:entity/receipt',
    summary:
      'The receipt of the latest submission as a Word document (DOCX), in `lang` or the user’s language: reference ' +
      'number, date received, what was sent and the declaration, what happens next. 404 before any submission.',
    query: ZReceiptQuery,
    response: fileResponse('The receipt.', ORIGINAL_TYPES[0]),
  }),
  uploadOriginal: route({
    method: 'POST',
    path: '/cycles/:cycle/replies/:entity/original',
    status: 201,
    summary:
      'Upload the original (DOCX or PDF, 10 MB at most, checked by content); returns the text extracted from a DOCX.',
    upload: 'file',
    response: ZUploadedOriginal,
  }),
  original: route({
    method: 'GET',
    path: '/cycles/:cycle/replies/:entity/original',
    summary: 'Download the uploaded original, unchanged.',
    response: fileResponse('The original as uploaded.', ...ORIGINAL_TYPES),
  }),
  versionOriginal: route({
    method: 'GET',
    path: '/cycles/:cycle/replies/:entity/versions/:number/original',
    summary: 'Download the original sent with one submitted version, unchanged.',
    response: fileResponse('The original as sent with that version.', ...ORIGINAL_TYPES),
  }),
};

export const ZDiffQuery = z.object({
  from: ZWholeNumberText(1),
  to: ZWholeNumberText(1),
  lang: ZLanguage.optional(),
});

/** The Secretariat's review of one reply. */
export const review = {
  returnReply: route({
    method: 'POST',
    path: '/cycles/:cycle/replies/:entity/return',
    summary: 'Return a submitted reply to its sender with a comment; they can revise and resubmit.',
    body: ZReturnReply,
    response: ZReply,
  }),
  accept: route({
    method: 'POST',
    path: '/cycles/:cycle/replies/:entity/accept',
    summary:
      'Accept a submitted reply with FULL, SUMMARY or WEB_ONLY; overriding the proposed decision needs a reason.',
    body: ZAcceptReply,
    response: ZReply,
  }),
  withdraw: route({
    method: 'POST',
    path: '/cycles/:cycle/replies/:entity/withdraw',
    summary: 'Withdraw a reply from the report and its addenda; the history keeps it.',
    body: ZWithdrawReply,
    response: ZReply,
  }),
  saveTranslation: route({
    method: 'PUT',
    path: '/cycles/:cycle/replies/:entity/translations/:lang',
    summary:
      'Add or edit the translation of an accepted reply into another official language (versioned). A stale version gets 409 STALE_VERSION with the stored translation in `current`.',
    body: ZSaveTranslation,
    response: ZReply,
  }),
  versions: route({
    method: 'GET',
    path: '/cycles/:cycle/replies/:entity/versions',
    summary: 'Every submission, Secretariat entry and translation of the reply, oldest first.',
    response: z.array(ZReplyVersionInfo),
  }),
  version: route({
    method: 'GET',
    path: '/cycles/:cycle/replies/:entity/versions/:number',
    summary: 'One immutable version as it was stored.',
    response: ZReplyVersion,
  }),
  diff: route({
    method: 'GET',
    path: '/cycles/:cycle/replies/:entity/diff',
    summary: 'What changed between two versions, word by word (character by character in Chinese).',
    query: ZDiffQuery,
    response: ZReplyDiff,
  }),
  decisions: route({
    method: 'GET',
    path: '/cycles/:cycle/replies/:entity/decisions',
    summary: 'The decisions taken on the reply, with the proposed one and the reason for any override.',
    response: z.array(ZDecisionRecord),
  }),
  repetitions: route({
    method: 'GET',
    path: '/cycles/:cycle/replies/:entity/repetitions',
    summary: "New information only: passages that repeat the entity's reply to the previous cycle.",
    response: ZRepetitions,
  }),
};
