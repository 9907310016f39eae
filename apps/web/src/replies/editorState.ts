import { canEdit, type TAttachment, type TLengthCheck, type TReply } from '@replies/shared';
import { formValuesOf, sameSnapshot, type TFormSnapshot } from './values';

/**
 * The reply editor's save state machine, as a pure reducer. The form's fields themselves live in
 * react-hook-form; this holds what the server has, how the form stands against it, and what the
 * user has been asked or told.
 *
 *   idle ──edit──▶ dirty ──save──▶ saving ──▶ saved ──edit──▶ dirty …
 *                                    │ └────▶ failed ──edit──▶ dirty
 *                                    └──409─▶ conflict ──keep mine──▶ saving (resolving)
 *                                                      └─use theirs─▶ idle
 */
export type TSaveStatus =
  /** Nothing typed since the reply was loaded, submitted, or replaced by the saved version. */
  | { kind: 'idle' }
  | { kind: 'dirty' }
  /** A PUT is on its way. `resolving`: the saved version this one is meant to replace (keep mine). */
  | { kind: 'saving'; resolving: TReply | null }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown }
  /** The server holds a newer version (`theirs`), or can no longer take one: autosave waits for the user. */
  | { kind: 'conflict'; theirs: TReply };

/** What the user pressed and is waiting for. */
export type TCommand = 'save' | 'submit' | 'resolve';

/** Why the last command did not do what the user asked. */
export type TEditorProblem =
  | { kind: 'error'; error: unknown }
  | { kind: 'resolveConflictFirst' }
  | { kind: 'lengthRule'; rule: NonNullable<TLengthCheck['blockingRule']> }
  /** The server refused the submission (422) for a reason other than the length rule. */
  | { kind: 'refused'; error: unknown };

export interface TEditorState {
  /** The reply as the server last gave it; its version is the one the next save is based on. */
  reply: TReply;
  /** What the server holds of the form's fields, as far as this form knows. */
  saved: TFormSnapshot;
  /** The form differs from `saved`. */
  dirty: boolean;
  status: TSaveStatus;
  lastSavedAt: Date | null;
  busy: TCommand | null;
  problem: TEditorProblem | null;
  /** The text of an uploaded DOCX, waiting for the user to say whether it replaces theirs. */
  pendingText: string | null;
  /** The user chose to leave without saving: the guard lets them go. */
  leaving: boolean;
}

export type TEditorAction =
  | { type: 'edited'; values: TFormSnapshot }
  | { type: 'commandStarted'; command: TCommand }
  | { type: 'commandFinished' }
  | { type: 'saveStarted' }
  | { type: 'saveSucceeded'; reply: TReply; sent: TFormSnapshot; current: TFormSnapshot; at: Date }
  /** 409: STALE_VERSION, or NOT_EDITABLE (`locked`: the error, said to the user). */
  | { type: 'saveConflicted'; theirs: TReply; locked: unknown }
  | { type: 'saveFailed'; error: unknown; explicit: boolean }
  | { type: 'theirsTaken'; values: TFormSnapshot }
  /** A command was not carried out, for `problem`. */
  | { type: 'refused'; problem: TEditorProblem }
  | { type: 'submitted'; reply: TReply; values: TFormSnapshot }
  | { type: 'attachmentStored'; attachment: TAttachment }
  | { type: 'reloadedAfterUpload'; fresh: TReply }
  | { type: 'replaceOffered'; text: string }
  | { type: 'replaceSettled' }
  | { type: 'leaveConfirmed' };

export function initialEditorState(reply: TReply, values: TFormSnapshot): TEditorState {
  return {
    reply,
    saved: values,
    dirty: false,
    status: { kind: 'idle' },
    lastSavedAt: null,
    busy: null,
    problem: null,
    pendingText: null,
    leaving: false,
  };
}

/** Where the status goes once the form is, or is not, what the server holds. */
const restingStatus = (state: TEditorState, dirty: boolean): TSaveStatus =>
  dirty ? { kind: 'dirty' } : state.lastSavedAt ? { kind: 'saved', at: state.lastSavedAt } : { kind: 'idle' };

const sameStatus = (a: TSaveStatus, b: TSaveStatus) =>
  a.kind === b.kind && (a.kind !== 'saved' || (b.kind === 'saved' && a.at === b.at));

/**
 * Typing changes the state only when the form crosses between "as saved" and "changed": the same
 * state object is returned otherwise, so nothing re-renders while the user types.
 */
function edited(state: TEditorState, values: TFormSnapshot): TEditorState {
  if (!canEdit(state.reply.status)) return state;
  const dirty = !sameSnapshot(values, state.saved);
  // A save on its way, or a conflict, keeps its status: what was typed is saved, or compared, after it.
  const keepsStatus = state.status.kind === 'saving' || state.status.kind === 'conflict';
  const status = keepsStatus ? state.status : restingStatus(state, dirty);
  if (dirty === state.dirty && sameStatus(status, state.status)) return state;
  return { ...state, dirty, status };
}

export function editorReducer(state: TEditorState, action: TEditorAction): TEditorState {
  switch (action.type) {
    case 'edited':
      return edited(state, action.values);
    case 'commandStarted':
      return { ...state, busy: action.command, problem: null };
    case 'commandFinished':
      return { ...state, busy: null };
    case 'saveStarted':
      return {
        ...state,
        status: { kind: 'saving', resolving: state.status.kind === 'conflict' ? state.status.theirs : null },
      };
    case 'saveSucceeded': {
      // Typed while it was on its way: still dirty, and saved next.
      const dirty = !sameSnapshot(action.current, action.sent);
      return {
        ...state,
        reply: action.reply,
        saved: action.sent,
        dirty,
        lastSavedAt: action.at,
        status: dirty ? { kind: 'dirty' } : { kind: 'saved', at: action.at },
      };
    }
    case 'saveConflicted':
      return {
        ...state,
        status: { kind: 'conflict', theirs: action.theirs },
        problem: action.locked ? { kind: 'error', error: action.locked } : state.problem,
      };
    case 'saveFailed': {
      const problem: TEditorProblem | null = action.explicit ? { kind: 'error', error: action.error } : state.problem;
      // Keeping mine failed to reach the server: the conflict is still there, with both versions.
      if (state.status.kind === 'saving' && state.status.resolving)
        return { ...state, status: { kind: 'conflict', theirs: state.status.resolving }, problem };
      return { ...state, status: { kind: 'failed', error: action.error }, problem };
    }
    case 'theirsTaken':
      if (state.status.kind !== 'conflict') return state;
      return {
        ...state,
        reply: state.status.theirs,
        saved: action.values,
        dirty: false,
        status: { kind: 'idle' },
        problem: null,
      };
    case 'refused':
      return { ...state, problem: action.problem };
    case 'submitted':
      return { ...state, reply: action.reply, saved: action.values, dirty: false, status: { kind: 'idle' } };
    case 'attachmentStored':
      return { ...state, reply: { ...state.reply, attachment: action.attachment } };
    case 'reloadedAfterUpload': {
      // Storing the file may have created the reply or raised its version. That version is taken only
      // when its text is what this form last saved; otherwise the next save reports the conflict.
      const fresh = formValuesOf(action.fresh, state.saved.originalLanguage);
      if (fresh.body !== state.saved.body || fresh.summary !== state.saved.summary) return state;
      const { id, status, version } = action.fresh;
      return { ...state, reply: { ...state.reply, id, status, version } };
    }
    case 'replaceOffered':
      return { ...state, pendingText: action.text };
    case 'replaceSettled':
      return { ...state, pendingText: null };
    case 'leaveConfirmed':
      return { ...state, leaving: true };
  }
}

/** Leaving now would lose something: changes not saved, or a save still on its way. */
export const hasUnsavedChanges = (state: TEditorState) =>
  !state.leaving && (state.dirty || state.status.kind === 'saving');

/** The saved version shown beside the user's, while a conflict is open or being resolved. */
export function conflictOf(state: TEditorState): TReply | null {
  if (state.status.kind === 'conflict') return state.status.theirs;
  if (state.status.kind === 'saving') return state.status.resolving;
  return null;
}

/** Typed changes wait for a save: the autosave timer runs. */
export const awaitsAutosave = (state: TEditorState) =>
  canEdit(state.reply.status) && state.dirty && state.status.kind !== 'conflict';
