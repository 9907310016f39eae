import { z } from 'zod';
import { countWords, ZWordCount } from './word-count';

export const DECISIONS = ['FULL', 'SUMMARY', 'WEB_ONLY'] as const;
export type TDecision = (typeof DECISIONS)[number];
export const ZDecision = z.enum(DECISIONS);

export const ZLengthCheck = z.object({
  body: ZWordCount,
  summary: ZWordCount,
  replyWordLimit: z.number(),
  summaryWordLimit: z.number(),
  overLimit: z.boolean(),
  hasSummary: z.boolean(),
  summaryWithinLimit: z.boolean(),
  /** How the report would show the reply, as the length rule sees it. */
  proposedDecision: ZDecision,
  /** Why the reply cannot be submitted yet, or null. */
  blockingRule: z.enum(['EMPTY_REPLY', 'SUMMARY_OR_WEB_ONLY', 'SUMMARY_TOO_LONG']).nullable(),
});
export type TLengthCheck = z.infer<typeof ZLengthCheck>;

/**
 * The length rule: a reply within the limit is reproduced in full; a longer one is never refused,
 * but needs an executive summary within the summary limit (reproduced instead of the text) or the
 * sender's choice that it appear on the web only.
 */
export function checkLength(
  input: { body: string; summary?: string | null; webOnly?: boolean },
  limits: { replyWordLimit: number; summaryWordLimit: number },
): TLengthCheck {
  const body = countWords(input.body);
  const summary = countWords(input.summary ?? '');
  const overLimit = body.words > limits.replyWordLimit;
  const hasSummary = summary.words > 0;
  const summaryWithinLimit = summary.words <= limits.summaryWordLimit;
  let proposedDecision: TDecision = 'FULL';
  let blockingRule: TLengthCheck['blockingRule'] = null;
  if (body.words === 0) blockingRule = 'EMPTY_REPLY';
  else if (overLimit) {
    if (input.webOnly) proposedDecision = 'WEB_ONLY';
    else if (hasSummary && summaryWithinLimit) proposedDecision = 'SUMMARY';
    else blockingRule = hasSummary ? 'SUMMARY_TOO_LONG' : 'SUMMARY_OR_WEB_ONLY';
  }
  return {
    body,
    summary,
    replyWordLimit: limits.replyWordLimit,
    summaryWordLimit: limits.summaryWordLimit,
    overLimit,
    hasSummary,
    summaryWithinLimit,
    proposedDecision,
    blockingRule,
  };
}

export const LENGTH_RULE_MESSAGES: Record<NonNullable<TLengthCheck['blockingRule']>, string> = {
  EMPTY_REPLY: 'The reply has no text in its original language.',
  SUMMARY_OR_WEB_ONLY:
    'The reply is longer than the limit: add an executive summary within the summary limit, or choose that the reply appear on the web only.',
  SUMMARY_TOO_LONG:
    'The executive summary is longer than the summary limit: shorten it, or choose that the reply appear on the web only.',
};
