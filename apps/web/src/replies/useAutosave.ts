import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import {
  ZReplyForm,
  type TAttachment,
  type TReply,
  type TReplyForm,
  type TSaveReply,
  type TSubmitReply,
  type TSubmittedReply,
} from '@replies/shared';
import { ApiError } from '../api/client';
import { awaitsAutosave, hasUnsavedChanges, initialEditorState, type TEditorState } from './editorState';
import { createEditorStore, stateWhere, type EditorStore } from './editorStore';
import { createDeadlineTimer } from './deadlineTimer';
import { asReply, formValuesOf, saveBodyOf, snapshotOf } from './values';

/** A draft is saved this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 3000;

/** The calls the editor makes for one reply (`api.replies` bound to the cycle and entity). */
export interface DraftServer {
  load(): Promise<TReply>;
  /** PUT: 409 STALE_VERSION (with `current`) when `version` is not the stored one, NOT_EDITABLE once submitted. */
  save(body: TSaveReply): Promise<TReply>;
  /** POST …/submit, with the sender's declaration: the reply and the receipt of the submission. */
  submit(body: TSubmitReply): Promise<TSubmittedReply>;
}

/** Taken once: the editor is mounted anew for another reply (ReplyPage keys it by cycle and entity). */
interface UseAutosaveOptions {
  initial: TReply;
  form: UseFormReturn<TReplyForm>;
  server: DraftServer;
  /** The Secretariat also sends the date a reply was received. */
  withReceivedOn: boolean;
  delayMs?: number;
}

/** After an upload: the extracted text went into the empty form, or waits for the user's word. */
export type TUploadOutcome = 'inserted' | 'offered' | null;

/**
 * Keeps the reply's draft in step with the server: saves it `delayMs` after typing stops and when asked,
 * opens the conflict when the server holds a newer version, and says whether leaving would lose anything.
 * The state machine is `editorReducer`; this hook runs its effects (requests, the timer, the form).
 */
export function useAutosave({
  initial,
  form,
  server,
  withReceivedOn,
  delayMs = AUTOSAVE_DELAY_MS,
}: UseAutosaveOptions) {
  const [store] = useState<EditorStore>(() =>
    createEditorStore(initialEditorState(initial, snapshotOf(form.getValues()))),
  );
  const [commands] = useState(() => {
    const { dispatch, getState } = store;
    // One timer for a burst of typing: each change moves its deadline.
    const timer = createDeadlineTimer(delayMs, () => void autosave());
    const stopTimer = () => timer.stop();
    const schedule = () => timer.push();

    /**
     * Runs `then` once no save is on its way. `then` is called in the same turn as that check, and `send`
     * marks its save as on its way before it awaits anything: two callers never send at once.
     */
    async function afterSaving<T>(then: (state: TEditorState) => Promise<T>): Promise<T> {
      while (getState().status.kind === 'saving') await stateWhere(store, (state) => state.status.kind !== 'saving');
      return then(getState());
    }

    /**
     * Sends the values as the draft. Resolves with the stored reply, or null when it was not saved: a newer
     * version exists (the conflict opens), or the call failed (the status says so; an alert too when asked).
     * Callers wait for a save on its way first (afterSaving).
     */
    async function send(values: TReplyForm, explicit: boolean, baseVersion = getState().reply.version) {
      stopTimer();
      const sent = snapshotOf(values);
      dispatch({ type: 'saveStarted' });
      try {
        const reply = await server.save(saveBodyOf(values, baseVersion, withReceivedOn));
        dispatch({ type: 'saveSucceeded', reply, sent, current: snapshotOf(form.getValues()), at: new Date() });
        if (awaitsAutosave(getState())) schedule();
        return reply;
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'STALE_VERSION' || error.code === 'NOT_EDITABLE')) {
          const theirs = asReply(error.current) ?? (await server.load().catch(() => null));
          if (theirs) {
            dispatch({ type: 'saveConflicted', theirs, locked: error.code === 'NOT_EDITABLE' ? error : null });
            return null;
          }
        }
        dispatch({ type: 'saveFailed', error, explicit });
        return null;
      }
    }

    const autosave = () =>
      afterSaving(async (state) => {
        if (!awaitsAutosave(state)) return;
        const parsed = ZReplyForm.safeParse(form.getValues());
        if (!parsed.success) return; // the field errors show when the user saves or submits
        await send(parsed.data, false);
      });

    function edited(values: TReplyForm) {
      dispatch({ type: 'edited', values: snapshotOf(values) });
      if (awaitsAutosave(getState())) schedule();
      else if (!getState().dirty) stopTimer();
    }

    return {
      edited,
      stopTimer,

      /** The save button: waits for a save on its way, then saves the (validated) values. */
      async save(values: TReplyForm) {
        if (getState().busy) return null;
        dispatch({ type: 'commandStarted', command: 'save' });
        try {
          return await afterSaving(() => send(values, true));
        } finally {
          dispatch({ type: 'commandFinished' });
        }
      },

      /**
       * Makes sure the server holds these values before something else is asked of it (submitting,
       * leaving): waits for a save on its way, then saves if anything is left. False when it could not.
       */
      flush: (values: TReplyForm) =>
        afterSaving(async (state) => {
          if (state.status.kind === 'conflict') {
            dispatch({ type: 'refused', problem: { kind: 'resolveConflictFirst' } });
            return false;
          }
          if (!state.dirty && state.reply.status !== 'NOT_STARTED' && state.reply.version > 0) return true;
          return (await send(values, true)) !== null;
        }),

      /** Submitted: the form shows the reply as stored, read-only. */
      submitted(reply: TReply, values: TReplyForm) {
        stopTimer();
        const shown = formValuesOf(reply, values.originalLanguage);
        dispatch({ type: 'submitted', reply, values: snapshotOf(shown) });
        form.reset(shown);
      },

      /** Conflict: saves the form's version over the saved one. 'invalid' when the form has errors to show. */
      async keepMine(): Promise<boolean | 'invalid'> {
        const state = getState();
        if (state.status.kind !== 'conflict' || state.busy) return false;
        const parsed = ZReplyForm.safeParse(form.getValues());
        if (!parsed.success) return 'invalid';
        dispatch({ type: 'commandStarted', command: 'resolve' });
        try {
          return (await send(parsed.data, true, state.status.theirs.version)) !== null;
        } finally {
          dispatch({ type: 'commandFinished' });
        }
      },

      /** Conflict: the form takes the saved version; what was typed is dropped. */
      takeTheirs() {
        const state = getState();
        if (state.status.kind !== 'conflict') return false;
        stopTimer();
        const values = formValuesOf(state.status.theirs, form.getValues('originalLanguage'));
        dispatch({ type: 'theirsTaken', values: snapshotOf(values) });
        form.reset(values);
        return true;
      },

      /** The original was stored; a DOCX's text fills an empty form, or waits for "Replace the text?". */
      async uploaded(attachment: TAttachment, extractedText: string | null): Promise<TUploadOutcome> {
        dispatch({ type: 'attachmentStored', attachment });
        try {
          dispatch({ type: 'reloadedAfterUpload', fresh: await server.load() });
        } catch {
          // Not fatal: the next save says whether the version moved.
        }
        if (extractedText === null) return null;
        const body = form.getValues('body');
        if (!body.trim()) {
          form.setValue('body', extractedText, { shouldDirty: true });
          return 'inserted';
        }
        if (body === extractedText) return null;
        dispatch({ type: 'replaceOffered', text: extractedText });
        return 'offered';
      },

      /** "Replace the text": the uploaded text takes the place of the form's. */
      replaceText() {
        const text = getState().pendingText;
        if (text === null) return false;
        form.setValue('body', text, { shouldDirty: true });
        dispatch({ type: 'replaceSettled' });
        return true;
      },

      keepText: () => dispatch({ type: 'replaceSettled' }),

      /** "Save and leave": resolves false when the draft could not be saved (the user stays). */
      saveBeforeLeaving: () =>
        afterSaving(async (state) => {
          if (state.dirty) {
            const parsed = ZReplyForm.safeParse(form.getValues());
            if (!parsed.success || state.status.kind === 'conflict') return false;
            if (!(await send(parsed.data, true))) return false;
          }
          dispatch({ type: 'leaveConfirmed' });
          return true;
        }),

      /** "Leave without saving". */
      leave() {
        stopTimer();
        dispatch({ type: 'leaveConfirmed' });
      },

      hasUnsavedChanges: () => hasUnsavedChanges(getState()),
    };
  });

  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => commands.edited(values),
    });
    return () => {
      unsubscribe();
      commands.stopTimer();
    };
  }, [form, commands]);

  return { store, ...commands };
}

export type Autosave = ReturnType<typeof useAutosave>;
