import { checkLength, LENGTH_RULE_MESSAGES, type TReply, type TReplyForm } from '@replies/shared';
import { ApiError } from '../api/client';
import type { TEditorProblem } from './editorState';
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
 * form's text (a step that shows the user what will be sent goes after it), `send` submits. Each
 * resolves to null, with the reason in the editor's state, when it cannot go on.
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

  async function send(values: TReplyForm): Promise<TReply | null> {
    try {
      const submitted = await server.submit();
      autosave.submitted(submitted, values);
      return submitted;
    } catch (error) {
      dispatch({ type: 'refused', problem: refusal(error) });
      return null;
    }
  }

  /** The submit button: prepare, then send, as one command. */
  async function submit(values: TReplyForm): Promise<TReply | null> {
    if (getState().busy) return null;
    dispatch({ type: 'commandStarted', command: 'submit' });
    try {
      const prepared = await prepare(values);
      return prepared && (await send(prepared));
    } catch (error) {
      dispatch({ type: 'refused', problem: { kind: 'error', error } });
      return null;
    } finally {
      dispatch({ type: 'commandFinished' });
    }
  }

  return { prepare, send, submit };
}
