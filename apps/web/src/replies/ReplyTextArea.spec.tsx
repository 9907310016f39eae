/** @jest-environment ./tests/setup/jsdom-environment.js */
import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { TranslatorProvider } from '../i18n/react';
import { Translator } from '../i18n/translator';
import en from '../i18n/locales/en';
import { ReplyTextArea } from './ReplyTextArea';
import { createTypingPause, TYPING_PAUSE_MS, type TypingPause } from './typingPause';

type TExample = { body: string; summary: string };

let form: UseFormReturn<TExample>;
let typing: TypingPause;
/** How many times the form told its subscribers of a change (the autosave and the counts subscribe so). */
let changes: number;

function Example({ readOnly = false }: { readOnly?: boolean }) {
  form = useForm<TExample>({ defaultValues: { body: 'Finland reports.', summary: '' } });
  const [pause] = useState(createTypingPause);
  typing = pause;
  useEffect(() => {
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: () => (changes += 1) });
    return () => {
      unsubscribe();
      pause.dispose();
    };
  }, [pause]);
  const body = useWatch({ control: form.control, name: 'body' });
  return (
    <form>
      <ReplyTextArea
        id="reply-body"
        label="Reply text"
        rows={18}
        lang="fr"
        dir="ltr"
        readOnly={readOnly}
        describedBy="reply-body-count"
        after={<p id="reply-body-count">{body.length} characters</p>}
        error={form.formState.errors.body?.message}
        registration={form.register('body', { validate: (value) => value !== 'wrong' || 'Not this.' })}
        typing={pause}
      />
      <button type="button">Elsewhere</button>
    </form>
  );
}

const i18n = new Translator('en');
beforeAll(() => {
  i18n.addResourceBundle('en', 'translation', en.translation);
  i18n.addResourceBundle('en', 'messages', en.messages);
});

/** What the page around the form heard, through React's handlers. */
let heard: string[];
const hear = (event: { type: string; target: EventTarget }) =>
  heard.push(`${event.type} ${(event.target as HTMLElement).getAttribute('aria-label') ?? 'reply'}`);

const open = (readOnly = false) => {
  heard = [];
  const view = render(
    <TranslatorProvider i18n={i18n}>
      <div onKeyDown={hear} onKeyUp={hear} onKeyPress={hear} onInput={hear} onChange={hear}>
        <Example readOnly={readOnly} />
        <textarea aria-label="Other" />
      </div>
    </TranslatorProvider>,
  );
  changes = 0;
  return view;
};
const field = () => screen.getByLabelText<HTMLTextAreaElement>('Reply text');
/** As a key does: the browser changes the value, then tells the page with an `input` event. */
const key = (text: string) => fireEvent.input(field(), { target: { value: field().value + text } });
const pass = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('a text field of the reply form', () => {
  it('is the labelled text area, described by its count, holding the form’s value', () => {
    open();
    expect(field().tagName).toBe('TEXTAREA');
    expect(field().value).toBe('Finland reports.');
    expect(field().getAttribute('aria-describedby')).toBe('reply-body-count');
    expect(field().lang).toBe('fr');
    expect(field().rows).toBe(18);
  });

  it('tells the form of a burst of typing once, when the typist pauses', async () => {
    open();
    for (const letter of ' More.') {
      key(letter);
      await pass(TYPING_PAUSE_MS - 100);
    }
    expect(changes).toBe(0);
    expect(form.getValues('body')).toBe('Finland reports.');

    await pass(100);
    expect(changes).toBe(1);
    expect(form.getValues('body')).toBe('Finland reports. More.');
    expect(screen.getByText('22 characters')).toBeTruthy();
  });

  it('hands what was typed to the form at once when asked (saving, leaving), or when the field is left', async () => {
    open();
    key(' More.');
    act(() => typing.flush());
    expect(form.getValues('body')).toBe('Finland reports. More.');
    await pass(TYPING_PAUSE_MS);
    expect(changes).toBe(1); // not told twice

    key(' Again.');
    fireEvent.blur(field());
    expect(form.getValues('body')).toBe('Finland reports. More. Again.');
  });

  it('takes a change event (a value set by a program) at once', () => {
    open();
    fireEvent.change(field(), { target: { value: 'Replaced.' } });
    expect(form.getValues('body')).toBe('Replaced.');
  });

  it('shows the values the form is reset to, and its errors once validated', async () => {
    open();
    act(() => form.reset({ body: 'The saved version.', summary: '' }));
    expect(field().value).toBe('The saved version.');

    // Typed after the reset: still heard (the field registered again).
    key(' Mine.');
    await pass(TYPING_PAUSE_MS);
    expect(form.getValues('body')).toBe('The saved version. Mine.');

    fireEvent.change(field(), { target: { value: 'wrong' } });
    await act(() => form.trigger('body'));
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')).toBe('reply-body-count reply-body-error');
  });

  it('keeps its keystrokes from React’s listeners, but for keydown and input (the page and extensions hear of the text)', async () => {
    open();
    fireEvent.keyDown(field(), { key: 'x' });
    fireEvent.keyPress(field(), { key: 'x', charCode: 120 });
    key('x');
    fireEvent.keyUp(field(), { key: 'x' });
    await pass(TYPING_PAUSE_MS);
    expect(form.getValues('body')).toBe('Finland reports.x');
    expect(heard).toEqual(['keydown reply', 'input reply']);

    // Any other field of the page is heard as before.
    heard = [];
    fireEvent.keyUp(screen.getByLabelText('Other'), { key: 'y' });
    fireEvent.input(screen.getByLabelText('Other'), { target: { value: 'y' } });
    expect(heard).toEqual(['keyup Other', 'input Other', 'change Other']);
  });

  it('gives its keystroke events back when it leaves the page', () => {
    const view = open();
    const element = field();
    view.unmount();
    document.body.append(element);
    const keyups: Event[] = [];
    const listen = (event: Event) => keyups.push(event);
    document.addEventListener('keyup', listen);
    fireEvent.keyUp(element, { key: 'z' });
    document.removeEventListener('keyup', listen);
    element.remove();
    expect(keyups).toHaveLength(1);
  });

  it('is read-only when the reply may no longer be changed', () => {
    open(true);
    expect(field().readOnly).toBe(true);
  });
});
