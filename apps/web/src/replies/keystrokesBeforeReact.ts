/**
 * The events a keystroke fires in a text area besides `keydown`. React listens to every event at the root
 * of the app (in both phases) and to `selectionchange` on the document, and for each one walks the
 * components from the text area up to the root looking for handlers: on the reply form, about 4 ms of
 * main-thread time per keystroke with the CPU slowed four times (`npm run bench:web`), for handlers the
 * reply's text areas do not have. `keydown` (keyboard shortcuts), `beforeinput`, focus and `change` still
 * go everywhere.
 */
const KEYSTROKE_EVENTS = [
  'keypress',
  'textInput',
  'input',
  'keyup',
  'selectionchange',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

const fields = new Map<EventTarget, (event: Event) => void>();

function takeBeforeReact(event: Event) {
  const onInput = event.target && fields.get(event.target);
  if (!onInput) return;
  // The window is the first stop of every event's path: stopped here, it reaches no other listener.
  event.stopImmediatePropagation();
  if (event.type === 'input') onInput(event);
}

/**
 * Takes a text area's keystroke events at the window, before React's listeners see them, and hands its
 * `input` events to `onInput` (the only listener such a text area has for them). Returns the function
 * that gives the events back.
 */
export function keystrokesBeforeReact(field: HTMLTextAreaElement, onInput: (event: Event) => void): () => void {
  const view = field.ownerDocument.defaultView;
  if (!view) return () => undefined;
  if (fields.size === 0) {
    for (const type of KEYSTROKE_EVENTS) view.addEventListener(type, takeBeforeReact, { capture: true });
  }
  fields.set(field, onInput);
  return () => {
    fields.delete(field);
    if (fields.size === 0) {
      for (const type of KEYSTROKE_EVENTS) view.removeEventListener(type, takeBeforeReact, { capture: true });
    }
  };
}
