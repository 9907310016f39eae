import {
  checkLength,
  LENGTH_RULE_MESSAGES,
  type TReplyForm,
  type TSubmitReply,
  type TSubmittedReply,
} from '@replies/shared';
import { ApiError } from '../api/client';
import type { TCommand, TEditorProblem } from './editorState';
import type { Autosave, DraftServer } from './useAutosave';

interface Submission {
  autosave: Autosave;
  server: DraftServer;
  limits: { replyWordLimit: number; summaryWordLimit: number };
}

const isLengthRule = (code: string): code is keyof typeof LENGTH_RULE_MESSAGES => code in LENGTH_RULE_MESSAGES;

/** Why the server refused a submission, as the editor says it. */
function refusal(error: unknown): TEditorProblem {
  if (!(error instanceof ApiError) || error.status !== 422) return { kind: 'error', error };
  return isLengthRule(error.code) ? { kind: 'lengthRule', rule: error.code } : { kind: 'refused', error };
}

/**
 * Submits the reply in two steps: `prepare` checks the length rule and makes sure the server holds the
 * form's text, then the form shows what will be sent ("check your answers", with the declaration), and
 * `send` submits. Each resolves to null, with the reason in the editor's state, when it cannot go on.
 * `check` and `confirm` are the two buttons (each step as a command: nothing else runs meanwhile);
 * `submit` runs both at once.
 */
export function submission({ autosave, server, limits }: Submission) {
  const { dispatch, getState } = autosave.store;

  async function prepare(values: TReplyForm): Promise<TReplyForm | null> {
    const rule = checkLength(values, limits).blockingRule;
    if (rule) {
      dispatch({ type: 'refused', problem: { kind: 'lengthRule', rule } });
      return null;
    }
    return (await autosave.flush(values)) ? values : null;
  }

  async function send(values: TReplyForm, body: TSubmitReply = {}): Promise<TSubmittedReply | null> {
    try {
      const submitted = await server.submit(body);
      autosave.submitted(submitted, values);
      return submitted;
    } catch (error) {
      dispatch({ type: 'refused', problem: refusal(error) });
      return null;
    }
  }

  async function asCommand<T>(run: () => Promise<T | null>): Promise<T | null> {
    if (getState().busy) return null;
    dispatch({ type: 'commandStarted', command: 'submit' satisfies TCommand });
    try {
      return await run();
    } catch (error) {
      dispatch({ type: 'refused', problem: { kind: 'error', error } });
      return null;
    } finally {
      dispatch({ type: 'commandFinished' });
    }
  }

  /** "Continue": the reply meets the length rule and is saved; what will be sent is shown next. */
  const check = (values: TReplyForm) => asCommand(() => prepare(values));

  /** "Submit the reply" on the check step, with the declaration ticked. */
  const confirm = (values: TReplyForm, body: TSubmitReply) => asCommand(() => send(values, body));

  /** Both steps at once. */
  const submit = (values: TReplyForm, body: TSubmitReply = {}) =>
    asCommand(async () => {
      const prepared = await prepare(values);
      return prepared && (await send(prepared, body));
    });

  return { prepare, send, check, confirm, submit };
}
