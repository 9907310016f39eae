/** @jest-environment ./tests/setup/jsdom-environment.js */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { TAttachment, TReply, TReplyForm } from '@replies/shared';
import { ApiError } from '../api/client';
import { conflictOf } from './editorState';
import { useEditorState } from './editorStore';
import { inMemoryDraftServer, storedReply } from './inMemoryDraftServer';
import { submission } from './submitReply';
import { useAutosave, type Autosave, type DraftServer } from './useAutosave';
import { useUnsavedGuard } from './useUnsavedGuard';
import { formValuesOf } from './values';

/** What the editor component wires together: the form, the autosave and the guard on leaving. */
let editor: { form: UseFormReturn<TReplyForm>; autosave: Autosave };

function Editor({ initial, server }: { initial: TReply; server: DraftServer }) {
  const [defaultValues] = useState(() => formValuesOf(initial, 'en'));
  const form = useForm<TReplyForm>({ defaultValues });
  const autosave = useAutosave({ initial, form, server, withReceivedOn: false });
  const status = useEditorState(autosave.store, (state) => state.status.kind);
  const blocker = useUnsavedGuard(autosave.hasUnsavedChanges);
  editor = { form, autosave };
  return (
    <form>
      <textarea aria-label="Reply text" {...form.register('body')} />
      <textarea aria-label="Executive summary" {...form.register('summary')} />
      <p data-testid="save-status">{status}</p>
      {blocker.state === 'blocked' && (
        <div role="dialog">
          <button
            type="button"
            onClick={async () => {
              if (await autosave.saveBeforeLeaving()) blocker.proceed();
            }}
          >
            Save and leave
          </button>
          <button
            type="button"
            onClick={() => {
              autosave.leave();
              blocker.proceed();
            }}
          >
            Leave
          </button>
        </div>
      )}
    </form>
  );
}

function openEditor(initial = storedReply()) {
  const draft = inMemoryDraftServer(initial);
  const router = createMemoryRouter(
    [
      { path: '/reply', element: <Editor initial={initial} server={draft.server} /> },
      { path: '/elsewhere', element: <h1>Elsewhere</h1> },
    ],
    { initialEntries: ['/reply'] },
  );
  render(<RouterProvider router={router} />);
  return { draft, router };
}

const bodyField = () => screen.getByLabelText<HTMLTextAreaElement>('Reply text');
const type = (text: string) => fireEvent.change(bodyField(), { target: { value: text } });
const pass = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));
const saveStatus = () => screen.getByTestId('save-status').textContent;
const state = () => editor.autosave.store.getState();

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('autosave', () => {
  it('saves the draft 3 seconds after typing stops, on the version it was loaded with', async () => {
    const { draft } = openEditor();
    type('Finland reports more.');
    expect(saveStatus()).toBe('dirty');
    await pass(2000);
    type('Finland reports more, and more.');
    await pass(2999);
    expect(draft.saves).toHaveLength(0);

    await pass(1);
    expect(draft.saves).toEqual([
      {
        originalLanguage: 'en',
        webOnly: false,
        texts: { en: { body: 'Finland reports more, and more.', summary: '' } },
        version: 1,
      },
    ]);
    expect(saveStatus()).toBe('saved');
    expect(draft.stored().version).toBe(2);
    expect(editor.autosave.hasUnsavedChanges()).toBe(false);
  });

  it('what is typed while a save is on its way is saved after it, on the version that save stored', async () => {
    const { draft } = openEditor();
    draft.hold();
    type('First');
    await pass(3000);
    expect(saveStatus()).toBe('saving');
    expect(editor.autosave.hasUnsavedChanges()).toBe(true);

    type('First and second');
    await pass(5000);
    expect(draft.saves).toHaveLength(1); // one at a time

    // Its 3 seconds passed while the first save was on its way: it is sent as soon as that one is stored.
    draft.release();
    await pass(0);
    expect(draft.saves.map((save) => [save.texts.en?.body, save.version])).toEqual([
      ['First', 1],
      ['First and second', 2],
    ]);
    expect(draft.stored().texts.en?.body).toBe('First and second');
    expect(saveStatus()).toBe('saved');
  });

  it('typing just before a save is stored keeps the draft dirty, and it is saved 3 seconds later', async () => {
    const { draft } = openEditor();
    draft.hold();
    type('First');
    await pass(3000);
    type('First and second');
    await pass(1000);
    draft.release();
    await pass(0);
    expect(saveStatus()).toBe('dirty');
    expect(draft.saves).toHaveLength(1);
    await pass(2999);
    expect(draft.saves).toHaveLength(1);
    await pass(1);
    expect(draft.saves.at(-1)).toMatchObject({ version: 2, texts: { en: { body: 'First and second' } } });
  });

  it('the save button saves at once, and the timer does not save it again', async () => {
    const { draft } = openEditor();
    type('Saved by hand.');
    await act(() => editor.autosave.save(editor.form.getValues()));
    expect(draft.saves).toHaveLength(1);
    expect(saveStatus()).toBe('saved');
    await pass(10_000);
    expect(draft.saves).toHaveLength(1);
  });

  it('a save that fails is said, and the next keystroke tries again', async () => {
    const { draft } = openEditor();
    draft.failNextSave(new ApiError(0, { code: 'NETWORK', message: '' }));
    type('Typed offline.');
    await pass(3000);
    expect(saveStatus()).toBe('failed');
    expect(editor.autosave.hasUnsavedChanges()).toBe(true);

    type('Typed offline, and online again.');
    await pass(3000);
    expect(saveStatus()).toBe('saved');
    expect(draft.stored().texts.en?.body).toBe('Typed offline, and online again.');
  });
});

describe('conflict', () => {
  const theirs = { en: { body: 'Saved in another tab.', summary: null } };

  async function inConflict() {
    const opened = openEditor();
    opened.draft.changeElsewhere({ texts: theirs });
    type('Mine');
    await pass(3000);
    return opened;
  }

  it('a version saved elsewhere opens the conflict with both versions; autosave waits for the choice', async () => {
    const { draft } = await inConflict();
    expect(saveStatus()).toBe('conflict');
    expect(conflictOf(state())?.texts).toEqual(theirs);

    type('Mine, longer');
    await pass(10_000);
    expect(draft.saves).toHaveLength(1);
    expect(bodyField().value).toBe('Mine, longer'); // nothing typed is lost
    expect(draft.stored().texts).toEqual(theirs); // nor is the saved version
    expect(editor.autosave.hasUnsavedChanges()).toBe(true);
  });

  it('keeping mine saves it over the saved version', async () => {
    const { draft } = await inConflict();
    type('Mine, longer');
    expect(await act(() => editor.autosave.keepMine())).toBe(true);
    expect(draft.saves.at(-1)).toMatchObject({ version: 2, texts: { en: { body: 'Mine, longer' } } });
    expect(draft.stored().texts.en?.body).toBe('Mine, longer');
    expect(saveStatus()).toBe('saved');
    expect(conflictOf(state())).toBeNull();
  });

  it('taking theirs puts the saved version in the form, and the next save builds on it', async () => {
    const { draft } = await inConflict();
    act(() => {
      editor.autosave.takeTheirs();
    });
    expect(bodyField().value).toBe('Saved in another tab.');
    expect(saveStatus()).toBe('idle');

    type('Saved in another tab, and continued here.');
    await pass(3000);
    expect(saveStatus()).toBe('saved');
    expect(draft.stored()).toMatchObject({
      version: 3,
      texts: { en: { body: 'Saved in another tab, and continued here.' } },
    });
  });

  it('a reply submitted elsewhere cannot be overwritten: the conflict says so', async () => {
    const { draft } = openEditor();
    draft.changeElsewhere({ status: 'SUBMITTED' });
    type('Mine');
    await pass(3000);
    expect(saveStatus()).toBe('conflict');
    expect(state().problem).toMatchObject({ kind: 'error', error: { code: 'NOT_EDITABLE' } });
    expect(draft.stored().status).toBe('SUBMITTED');
  });
});

describe('upload of the original', () => {
  const attachment: TAttachment = {
    id: 'file-1',
    fileName: 'reply.docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    size: 2048,
    sha256: 'abc',
    uploadedAt: '2030-03-02T09:00:00Z',
  };

  it('the text of a DOCX fills an empty reply, and is saved on the version the upload created', async () => {
    const { draft } = openEditor(
      storedReply({ id: null, status: 'NOT_STARTED', originalLanguage: null, texts: {}, version: 0, updatedAt: null }),
    );
    draft.storeOriginal(attachment);
    expect(await act(() => editor.autosave.uploaded(attachment, 'Text of the DOCX.'))).toBe('inserted');
    expect(bodyField().value).toBe('Text of the DOCX.');
    expect(state().reply).toMatchObject({ id: 'reply-created-by-upload', status: 'DRAFT', attachment });

    await pass(3000);
    expect(saveStatus()).toBe('saved');
    expect(draft.stored()).toMatchObject({ version: 1, texts: { en: { body: 'Text of the DOCX.' } } });
  });

  it('over a text already typed, the DOCX text waits for the user, who keeps theirs or replaces it', async () => {
    const { draft } = openEditor();
    type('My own text.');
    await pass(3000);
    draft.storeOriginal(attachment);

    expect(await act(() => editor.autosave.uploaded(attachment, 'Text of the DOCX.'))).toBe('offered');
    expect(state().pendingText).toBe('Text of the DOCX.');
    expect(bodyField().value).toBe('My own text.');
    act(() => editor.autosave.keepText());
    expect(state().pendingText).toBeNull();
    expect(bodyField().value).toBe('My own text.');

    await act(() => editor.autosave.uploaded(attachment, 'Text of the DOCX.'));
    act(() => {
      editor.autosave.replaceText();
    });
    expect(bodyField().value).toBe('Text of the DOCX.');
    expect(state().pendingText).toBeNull();
    await pass(3000);
    expect(draft.stored().texts.en?.body).toBe('Text of the DOCX.');
  });
});

describe('leaving with unsaved changes', () => {
  const beforeUnloadIsStopped = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('is asked first, by the browser and in the portal; "Save and leave" saves, then leaves', async () => {
    const { draft, router } = openEditor();
    type('Not saved yet.');
    expect(beforeUnloadIsStopped()).toBe(true);

    await act(() => router.navigate('/elsewhere'));
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.queryByText('Elsewhere')).toBeNull();

    await act(async () => fireEvent.click(screen.getByText('Save and leave')));
    await pass(0);
    expect(screen.getByText('Elsewhere')).toBeTruthy();
    expect(draft.stored().texts.en?.body).toBe('Not saved yet.');
  });

  it('"Leave" leaves without saving, and nothing is saved later', async () => {
    const { draft, router } = openEditor();
    type('Not saved, on purpose.');
    await act(() => router.navigate('/elsewhere'));
    act(() => {
      fireEvent.click(screen.getByText('Leave'));
    });
    await pass(0);
    expect(screen.getByText('Elsewhere')).toBeTruthy();
    await pass(10_000);
    expect(draft.saves).toHaveLength(0);
  });

  it('nothing is asked once the draft is saved', async () => {
    const { router } = openEditor();
    type('Saved soon.');
    await pass(3000);
    expect(beforeUnloadIsStopped()).toBe(false);
    await act(() => router.navigate('/elsewhere'));
    expect(screen.getByText('Elsewhere')).toBeTruthy();
  });
});

describe('submission', () => {
  const limits = { replyWordLimit: 5, summaryWordLimit: 2 };
  const submit = () =>
    act(() =>
      submission({ autosave: editor.autosave, server: inMemory.server, limits }).submit(editor.form.getValues()),
    );
  let inMemory: ReturnType<typeof inMemoryDraftServer>;

  it('saves what was typed, then submits; the reply is then clean and read-only', async () => {
    inMemory = openEditor().draft;
    type('Finland reports.');
    const submitted = await submit();
    expect(submitted?.status).toBe('SUBMITTED');
    expect(inMemory.saves).toHaveLength(1);
    expect(inMemory.stored()).toMatchObject({ status: 'SUBMITTED', texts: { en: { body: 'Finland reports.' } } });
    expect(editor.autosave.hasUnsavedChanges()).toBe(false);
    expect(state().busy).toBeNull();
  });

  it('in two steps: "check" saves and sends nothing, "confirm" submits with the declaration and gives the receipt', async () => {
    inMemory = openEditor().draft;
    type('Finland reports.');
    const steps = submission({ autosave: editor.autosave, server: inMemory.server, limits });
    const checked = await act(() => steps.check(editor.form.getValues()));
    expect(checked?.body).toBe('Finland reports.');
    expect(inMemory.saves).toHaveLength(1);
    expect(inMemory.submissions).toHaveLength(0);
    expect(inMemory.stored().status).toBe('DRAFT');
    expect(state().busy).toBeNull();

    const submitted = await act(() => steps.confirm(checked!, { declaration: true }));
    expect(inMemory.submissions).toEqual([{ declaration: true }]);
    expect(submitted?.receipt).toMatchObject({ reference: 'A/65/99-FIN-1', receivedOn: '2030-03-02' });
    expect(state().reply.status).toBe('SUBMITTED');
  });

  it('the length rule stops it before anything is sent', async () => {
    inMemory = openEditor().draft;
    type('One two three four five six.');
    expect(await submit()).toBeNull();
    expect(state().problem).toEqual({ kind: 'lengthRule', rule: 'SUMMARY_OR_WEB_ONLY' });
    expect(inMemory.saves).toHaveLength(0);
    expect(inMemory.stored().status).toBe('DRAFT');
  });

  it('an open conflict must be resolved first', async () => {
    inMemory = openEditor().draft;
    inMemory.changeElsewhere({ texts: { en: { body: 'Saved elsewhere.', summary: null } } });
    type('Mine');
    await pass(3000);
    expect(await submit()).toBeNull();
    expect(state().problem).toEqual({ kind: 'resolveConflictFirst' });
    expect(inMemory.stored().status).toBe('DRAFT');
  });
});
