/**
 * The life of a reply and of a cycle, written once: the states, the moves between them with who may
 * make each, and the questions the API, the compilation and the web app ask ("may this happen now?").
 *
 * Reply:  NOT_STARTED → DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → ACCEPTED → PUBLISHED, or WITHDRAWN.
 * Cycle:  DRAFT → OPEN (first invitation sent) → CLOSED (editor closes it, or the cut-off passes) → PUBLISHED.
 */
import { z } from 'zod';
import type { TIsoDate } from './dates';

export const REPLY_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'PUBLISHED', 'WITHDRAWN'] as const;
export type TReplyStatus = (typeof REPLY_STATUSES)[number];
/** A stored status, or NOT_STARTED for an invited entity that has saved nothing yet. */
export type TReplyState = TReplyStatus | 'NOT_STARTED';
export const ZReplyState = z.enum([...REPLY_STATUSES, 'NOT_STARTED']);

export const CYCLE_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'] as const;
export type TCycleStatus = (typeof CYCLE_STATUSES)[number];
export const ZCycleStatus = z.enum(CYCLE_STATUSES);

/** Who makes a move: the entity's focal point, the Secretariat (editors and administrators), or the portal itself. */
export type TActor = 'FOCAL_POINT' | 'SECRETARIAT' | 'PORTAL';

export type TReplyAction = 'save' | 'submit' | 'return' | 'accept' | 'translate' | 'publish' | 'withdraw';

interface Transition<S, A> {
  action: A;
  from: readonly S[];
  /** `null`: the state does not change (a save keeps a returned reply returned). */
  to: S | null;
  by: readonly TActor[];
}

const EDITABLE: readonly TReplyState[] = ['NOT_STARTED', 'DRAFT', 'RETURNED'];
const IN_REPORT: readonly TReplyState[] = ['ACCEPTED', 'PUBLISHED'];
const EXISTING: readonly TReplyState[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'PUBLISHED'];

export const REPLY_TRANSITIONS: readonly Transition<TReplyState, TReplyAction>[] = [
  { action: 'save', from: ['NOT_STARTED'], to: 'DRAFT', by: ['FOCAL_POINT', 'SECRETARIAT'] },
  { action: 'save', from: ['DRAFT', 'RETURNED'], to: null, by: ['FOCAL_POINT', 'SECRETARIAT'] },
  { action: 'submit', from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: ['FOCAL_POINT', 'SECRETARIAT'] },
  { action: 'return', from: ['SUBMITTED'], to: 'RETURNED', by: ['SECRETARIAT'] },
  { action: 'accept', from: ['SUBMITTED'], to: 'ACCEPTED', by: ['SECRETARIAT'] },
  { action: 'translate', from: IN_REPORT, to: null, by: ['SECRETARIAT'] },
  // A corrigendum publishes again what was already published.
  { action: 'publish', from: IN_REPORT, to: 'PUBLISHED', by: ['SECRETARIAT'] },
  { action: 'withdraw', from: EXISTING, to: 'WITHDRAWN', by: ['SECRETARIAT'] },
];

/** The state after `action`, or `null` when the move is not allowed from `state` for `actor`. */
export function nextReplyState(state: TReplyState, action: TReplyAction, actor: TActor): TReplyState | null {
  const move = REPLY_TRANSITIONS.find((t) => t.action === action && t.from.includes(state) && t.by.includes(actor));
  if (!move) return null;
  return move.to ?? state;
}

const allowed = (action: TReplyAction, actor: TActor) => (state: TReplyState) =>
  nextReplyState(state, action, actor) !== null;

/** The sender (or the Secretariat entering a reply on their behalf) may change the text. */
export const canEdit = (state: TReplyState) => EDITABLE.includes(state);
/** A saved draft, or a returned reply, may be submitted. */
export const canSubmit = allowed('submit', 'FOCAL_POINT');
export const canReturn = allowed('return', 'SECRETARIAT');
export const canAccept = allowed('accept', 'SECRETARIAT');
export const canTranslate = allowed('translate', 'SECRETARIAT');
export const canWithdraw = allowed('withdraw', 'SECRETARIAT');
/** Accepted replies are what a compiled report reproduces. */
export const inReport = (state: TReplyState) => IN_REPORT.includes(state);
/** Only published replies are shown to the public. */
export const isPublic = (state: TReplyState) => state === 'PUBLISHED';
/** Sent to the Secretariat and not yet decided: it waits for a review. */
export const awaitsReview = (state: TReplyState) => state === 'SUBMITTED';
/** Submitted and not decided yet: waiting for the Secretariat, or returned to the sender for changes. */
export const isUndecided = (state: TReplyState) => state === 'SUBMITTED' || state === 'RETURNED';
/** The Secretariat has the reply (submitted at least once), whatever became of it since. */
export const hasReplied = (state: TReplyState) => !['NOT_STARTED', 'DRAFT'].includes(state);

export type TCycleEvent = 'invite' | 'close' | 'reopen' | 'publish';

export const CYCLE_TRANSITIONS: readonly Transition<TCycleStatus, TCycleEvent>[] = [
  { action: 'invite', from: ['DRAFT'], to: 'OPEN', by: ['SECRETARIAT'] },
  { action: 'invite', from: ['OPEN', 'CLOSED', 'PUBLISHED'], to: null, by: ['SECRETARIAT'] },
  { action: 'close', from: ['OPEN'], to: 'CLOSED', by: ['SECRETARIAT'] },
  { action: 'reopen', from: ['CLOSED'], to: 'OPEN', by: ['SECRETARIAT'] },
  { action: 'publish', from: ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'], to: 'PUBLISHED', by: ['SECRETARIAT'] },
];

export function nextCycleStatus(status: TCycleStatus, event: TCycleEvent): TCycleStatus | null {
  const move = CYCLE_TRANSITIONS.find((t) => t.action === event && t.from.includes(status));
  if (!move) return null;
  return move.to ?? status;
}

/**
 * The status the screens show: an open cycle whose cut-off date has passed (in the Secretariat's
 * calendar) is closed; replies received after it go to an addendum.
 */
export function cycleStatusOn(stored: TCycleStatus, cutoffOn: TIsoDate, today: TIsoDate): TCycleStatus {
  return stored === 'OPEN' && today > cutoffOn ? 'CLOSED' : stored;
}

/** What the sender should do next with their reply: the one button their home page shows. */
export const ZNextStep = z.enum([
  'START',
  'CONTINUE',
  'REVISE',
  'AWAIT_REVIEW',
  'AWAIT_PUBLICATION',
  'READ_PUBLISHED',
  'NONE',
]);
export type TNextStep = z.infer<typeof ZNextStep>;

export function nextStepFor(state: TReplyState): TNextStep {
  switch (state) {
    case 'NOT_STARTED':
      return 'START';
    case 'DRAFT':
      return 'CONTINUE';
    case 'RETURNED':
      return 'REVISE';
    case 'SUBMITTED':
      return 'AWAIT_REVIEW';
    case 'ACCEPTED':
      return 'AWAIT_PUBLICATION';
    case 'PUBLISHED':
      return 'READ_PUBLISHED';
    case 'WITHDRAWN':
      return 'NONE';
  }
}
