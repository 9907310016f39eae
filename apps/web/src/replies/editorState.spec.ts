import { describe, expect, it } from '@jest/globals';
import type { TAttachment, TReply } from '@replies/shared';
import {
  awaitsAutosave,
  conflictOf,
  editorReducer,
  hasUnsavedChanges,
  initialEditorState,
  type TEditorAction,
  type TEditorState,
} from './editorState';
import { storedReply } from './inMemoryDraftServer';
import { formValuesOf, snapshotOf, type TFormSnapshot } from './values';

const reply = storedReply({ texts: { en: { body: 'Finland reports.', summary: null } } });
const loaded = snapshotOf(formValuesOf(reply, 'en'));
const typed = (body: string): TFormSnapshot => ({ ...loaded, body });
const at = new Date('2030-03-02T09:00:00Z');

const run = (...actions: TEditorAction[]) =>
  actions.reduce<TEditorState>(editorReducer, initialEditorState(reply, loaded));

const savedAs = (body: string, version: number): TReply =>
  storedReply({ texts: { en: { body, summary: null } }, version });

describe('typing', () => {
  it('a change makes the draft dirty and starts the autosave; undoing it makes it clean again', () => {
    const dirty = run({ type: 'edited', values: typed('Finland reports more.') });
    expect(dirty.status).toEqual({ kind: 'dirty' });
    expect(awaitsAutosave(dirty)).toBe(true);
    expect(hasUnsavedChanges(dirty)).toBe(true);

    const undone = editorReducer(dirty, { type: 'edited', values: loaded });
    expect(undone.status).toEqual({ kind: 'idle' });
    expect(awaitsAutosave(undone)).toBe(false);
    expect(hasUnsavedChanges(undone)).toBe(false);
  });

  it('keystrokes that change nothing the editor shows return the same state, so nothing renders', () => {
    const dirty = run({ type: 'edited', values: typed('Finland reports m') });
    expect(editorReducer(dirty, { type: 'edited', values: typed('Finland reports mo') })).toBe(dirty);
    const clean = run();
    expect(editorReducer(clean, { type: 'edited', values: loaded })).toBe(clean);
  });

  it('undoing the changes after a save shows the time of that save', () => {
    const state = run(
      { type: 'edited', values: typed('A') },
      { type: 'saveStarted' },
      { type: 'saveSucceeded', reply: savedAs('A', 2), sent: typed('A'), current: typed('A'), at },
      { type: 'edited', values: typed('AB') },
      { type: 'edited', values: typed('A') },
    );
    expect(state.status).toEqual({ kind: 'saved', at });
  });

  it('a read-only reply does not take edits', () => {
    const submitted = initialEditorState(storedReply({ status: 'SUBMITTED' }), loaded);
    expect(editorReducer(submitted, { type: 'edited', values: typed('changed') })).toBe(submitted);
  });
});

describe('saving', () => {
  it('a save adopts the stored reply and its version, and says when it was saved', () => {
    const state = run(
      { type: 'edited', values: typed('Finland reports more.') },
      { type: 'saveStarted' },
      {
        type: 'saveSucceeded',
        reply: savedAs('Finland reports more.', 2),
        sent: typed('Finland reports more.'),
        current: typed('Finland reports more.'),
        at,
      },
    );
    expect(state.status).toEqual({ kind: 'saved', at });
    expect(state.reply.version).toBe(2);
    expect(state.saved.body).toBe('Finland reports more.');
    expect(hasUnsavedChanges(state)).toBe(false);
  });

  it('while a save is on its way, leaving would lose it, and typing keeps the status "saving"', () => {
    const saving = run({ type: 'edited', values: typed('A') }, { type: 'saveStarted' });
    expect(saving.status.kind).toBe('saving');
    expect(hasUnsavedChanges(saving)).toBe(true);
    expect(editorReducer(saving, { type: 'edited', values: typed('AB') }).status.kind).toBe('saving');
  });

  it('what was typed while the save was on its way stays dirty, to be saved next', () => {
    const state = run(
      { type: 'edited', values: typed('A') },
      { type: 'saveStarted' },
      { type: 'edited', values: typed('AB') },
      { type: 'saveSucceeded', reply: savedAs('A', 2), sent: typed('A'), current: typed('AB'), at },
    );
    expect(state.status).toEqual({ kind: 'dirty' });
    expect(state.saved.body).toBe('A');
    expect(awaitsAutosave(state)).toBe(true);
  });

  it('a failed autosave is said in the status only; a failed save the user asked for also in an alert', () => {
    const error = new Error('offline');
    const autosaved = run(
      { type: 'edited', values: typed('A') },
      { type: 'saveStarted' },
      {
        type: 'saveFailed',
        error,
        explicit: false,
      },
    );
    expect(autosaved.status).toEqual({ kind: 'failed', error });
    expect(autosaved.problem).toBeNull();
    expect(hasUnsavedChanges(autosaved)).toBe(true);

    const asked = run(
      { type: 'edited', values: typed('A') },
      { type: 'commandStarted', command: 'save' },
      { type: 'saveStarted' },
      { type: 'saveFailed', error, explicit: true },
      { type: 'commandFinished' },
    );
    expect(asked.problem).toEqual({ kind: 'error', error });
    expect(asked.busy).toBeNull();
  });

  it('typing after a failed save goes back to "not saved yet", and the next command clears the alert', () => {
    const failed = run(
      { type: 'edited', values: typed('A') },
      { type: 'saveStarted' },
      { type: 'saveFailed', error: new Error('offline'), explicit: true },
    );
    expect(editorReducer(failed, { type: 'edited', values: typed('AB') }).status).toEqual({ kind: 'dirty' });
    expect(editorReducer(failed, { type: 'commandStarted', command: 'save' }).problem).toBeNull();
  });
});

describe('conflict', () => {
  const theirs = savedAs('Saved in another tab.', 3);
  const inConflict = () =>
    run(
      { type: 'edited', values: typed('Mine') },
      { type: 'saveStarted' },
      {
        type: 'saveConflicted',
        theirs,
        locked: null,
      },
    );

  it('a newer version on the server opens the conflict with both versions, and autosave waits', () => {
    const state = inConflict();
    expect(conflictOf(state)).toBe(theirs);
    expect(state.saved.body).toBe('Finland reports.'); // nothing of mine is taken as saved
    expect(awaitsAutosave(state)).toBe(false);
    expect(hasUnsavedChanges(state)).toBe(true);
    expect(editorReducer(state, { type: 'edited', values: typed('Mine, longer') }).status.kind).toBe('conflict');
  });

  it('keeping mine saves it over theirs; the panel stays while it is sent', () => {
    const resolving = editorReducer(inConflict(), { type: 'saveStarted' });
    expect(resolving.status).toEqual({ kind: 'saving', resolving: theirs });
    expect(conflictOf(resolving)).toBe(theirs);
    const kept = editorReducer(resolving, {
      type: 'saveSucceeded',
      reply: savedAs('Mine', 4),
      sent: typed('Mine'),
      current: typed('Mine'),
      at,
    });
    expect(conflictOf(kept)).toBeNull();
    expect(kept.reply.version).toBe(4);
    expect(kept.status).toEqual({ kind: 'saved', at });
  });

  it('keeping mine that does not reach the server leaves the conflict open', () => {
    const error = new Error('offline');
    const state = run(
      { type: 'edited', values: typed('Mine') },
      { type: 'saveStarted' },
      { type: 'saveConflicted', theirs, locked: null },
      { type: 'saveStarted' },
      { type: 'saveFailed', error, explicit: true },
    );
    expect(state.status).toEqual({ kind: 'conflict', theirs });
    expect(state.problem).toEqual({ kind: 'error', error });
  });

  it('taking theirs makes the saved version the form and the base of the next save', () => {
    const state = editorReducer(inConflict(), { type: 'theirsTaken', values: typed('Saved in another tab.') });
    expect(state.reply).toBe(theirs);
    expect(state.saved.body).toBe('Saved in another tab.');
    expect(state.status).toEqual({ kind: 'idle' });
    expect(hasUnsavedChanges(state)).toBe(false);
  });

  it('a reply submitted elsewhere opens the conflict and says why', () => {
    const locked = new Error('not editable');
    const state = run(
      { type: 'edited', values: typed('Mine') },
      { type: 'saveStarted' },
      {
        type: 'saveConflicted',
        theirs: storedReply({ status: 'SUBMITTED', version: 2 }),
        locked,
      },
    );
    expect(state.status.kind).toBe('conflict');
    expect(state.problem).toEqual({ kind: 'error', error: locked });
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

  it('the stored file is shown, and the version the upload created is taken when the text is the saved one', () => {
    const fresh = { ...reply, id: 'reply-1', version: 1, attachment };
    const state = run({ type: 'attachmentStored', attachment }, { type: 'reloadedAfterUpload', fresh });
    expect(state.reply.attachment).toBe(attachment);
    expect(state.reply.version).toBe(1);

    const started = initialEditorState(storedReply({ id: null, status: 'NOT_STARTED', version: 0, texts: {} }), {
      ...loaded,
      body: '',
    });
    const created = editorReducer(started, {
      type: 'reloadedAfterUpload',
      fresh: storedReply({ id: 'new', status: 'DRAFT', version: 0, texts: {} }),
    });
    expect(created.reply).toMatchObject({ id: 'new', status: 'DRAFT', version: 0 });
  });

  it('a version whose text differs from the saved one is not taken: the next save reports the conflict', () => {
    const moved = storedReply({ texts: { en: { body: 'Changed in another tab.', summary: null } }, version: 5 });
    const state = run({ type: 'reloadedAfterUpload', fresh: moved });
    expect(state.reply.version).toBe(1);
  });

  it('the text of the DOCX waits for the user to replace theirs, or to keep it', () => {
    const offered = run({ type: 'replaceOffered', text: 'Text of the DOCX.' });
    expect(offered.pendingText).toBe('Text of the DOCX.');
    expect(editorReducer(offered, { type: 'replaceSettled' }).pendingText).toBeNull();
  });
});

describe('leaving and submitting', () => {
  it('leaving without saving lets the user go although the draft is dirty', () => {
    const state = run({ type: 'edited', values: typed('A') }, { type: 'leaveConfirmed' });
    expect(state.dirty).toBe(true);
    expect(hasUnsavedChanges(state)).toBe(false);
  });

  it('a submitted reply is clean and read-only', () => {
    const submitted = storedReply({ status: 'SUBMITTED', version: 3 });
    const state = run(
      { type: 'edited', values: typed('A') },
      { type: 'commandStarted', command: 'submit' },
      { type: 'submitted', reply: submitted, values: snapshotOf(formValuesOf(submitted, 'en')) },
      { type: 'commandFinished' },
    );
    expect(state).toMatchObject({ reply: submitted, dirty: false, status: { kind: 'idle' }, busy: null });
    expect(hasUnsavedChanges(state)).toBe(false);
    expect(awaitsAutosave(editorReducer(state, { type: 'edited', values: typed('B') }))).toBe(false);
  });

  it('a refused submission says why until the next command', () => {
    const state = run({ type: 'refused', problem: { kind: 'lengthRule', rule: 'SUMMARY_OR_WEB_ONLY' } });
    expect(state.problem).toEqual({ kind: 'lengthRule', rule: 'SUMMARY_OR_WEB_ONLY' });
    expect(editorReducer(state, { type: 'commandStarted', command: 'submit' }).problem).toBeNull();
  });
});
