/**
 * The events a keystroke fires in a text area besides `keydown` and `input`. React listens to every event
 * at the root of the app (in both phases) and to `selectionchange` on the document, and for each one walks
 * the components from the text area up to the root looking for handlers: on the reply form, about 4 ms of
 * main-thread time per keystroke with the CPU slowed four times (`npm run bench:web`), for handlers the
 * reply's text areas do not have. `keydown` (keyboard shortcuts), `beforeinput`, `input` (which tells
 * listeners of the page and of browser extensions, such as grammar checkers, that the text changed),
 * focus and `change` still go everywhere.
 */
const KEYSTROKE_EVENTS = [
  'keypress',
  'textInput',
  'keyup',
  'selectionchange',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

/** The text areas whose keystroke events are stopped, each with the number of its users. */
const fields = new Map<EventTarget, number>();

function stopBeforeReact(event: Event) {
  // The window is the first stop of every event's path: stopped here, it reaches no other listener.
  if (event.target && fields.has(event.target)) event.stopImmediatePropagation();
}

/**
 * Stops a text area's keystroke events at the window, before React's listeners see them. Returns the
 * function that gives them back.
 */
export function keystrokesBeforeReact(field: HTMLTextAreaElement): () => void {
  if (fields.size === 0) {
    for (const type of KEYSTROKE_EVENTS) window.addEventListener(type, stopBeforeReact, { capture: true });
  }
  fields.set(field, (fields.get(field) ?? 0) + 1);
  let given = false;
  return () => {
    if (given) return;
    given = true;
    const users = fields.get(field)! - 1;
    if (users > 0) fields.set(field, users);
    else fields.delete(field);
    if (fields.size === 0) {
      for (const type of KEYSTROKE_EVENTS) window.removeEventListener(type, stopBeforeReact, { capture: true });
    }
  };
}
