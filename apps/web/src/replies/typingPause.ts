import type { UseFormRegisterReturn } from 'react-hook-form';
import { createDeadlineTimer } from './deadlineTimer';

/** What react-hook-form's `register` gives a field to call when it changes and when it is left. */
type TFieldEvents = Pick<UseFormRegisterReturn, 'onChange' | 'onBlur'>;

/** The form hears of typing once the typist pauses this long (or leaves the field, or anything reads the form). */
export const TYPING_PAUSE_MS = 400;

/**
 * What typing in a long text costs besides the browser's own editing: nothing. The reply's text areas tell
 * react-hook-form of their new value only when typing pauses, and whenever something is about to read the
 * form (leaving the field, saving, leaving the page: `flush`). Everything that follows a change (the dirty
 * flag and the autosave timer, the counts against the limits, validation once the form was submitted, the
 * conflict panel's "your version") then runs once per pause instead of at every keystroke.
 */
export interface TypingPause {
  /** Listens to a text area registered with react-hook-form; returns the function that stops listening. */
  attach(field: HTMLTextAreaElement, registration: TFieldEvents): () => void;
  /** Hands what was typed to the form now. */
  flush(): void;
  dispose(): void;
}

export function createTypingPause(pauseMs = TYPING_PAUSE_MS): TypingPause {
  const pending = new Map<HTMLTextAreaElement, TFieldEvents>();
  // One timer for a burst of typing: each keystroke moves its deadline.
  const timer = createDeadlineTimer(pauseMs, flush);

  function flush() {
    timer.stop();
    const fields = [...pending];
    pending.clear();
    for (const [field, registration] of fields) {
      // The same call as the text area's own change event: react-hook-form reads the field's value.
      void registration.onChange({ target: field, type: 'change' });
    }
  }

  return {
    attach(field, registration) {
      const typed = () => {
        pending.set(field, registration);
        timer.push();
      };
      const left = (event: FocusEvent) => {
        flush();
        void registration.onBlur({ target: field, type: event.type });
      };
      field.addEventListener('input', typed);
      // A change event (the browser's, as the field is left; or a test's) hands the value over at once.
      const changed = () => {
        pending.set(field, registration);
        flush();
      };
      field.addEventListener('change', changed);
      field.addEventListener('blur', left);
      return () => {
        field.removeEventListener('input', typed);
        field.removeEventListener('change', changed);
        field.removeEventListener('blur', left);
        // What was typed last is handed over, not dropped, should the field be attached again.
        if (pending.delete(field)) void registration.onChange({ target: field, type: 'change' });
      };
    },
    flush,
    dispose() {
      timer.stop();
      pending.clear();
    },
  };
}
