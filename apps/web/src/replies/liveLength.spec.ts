import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { TReplyForm } from '@replies/shared';
import { createLengthStore, measureLength } from './liveLength';

const limits = { replyWordLimit: 5, summaryWordLimit: 3 };
const form = (body: string, summary = '', webOnly = false): TReplyForm => ({
  originalLanguage: 'en',
  body,
  summary,
  webOnly,
});

describe('measureLength', () => {
  it('counts with the API rule: words, Chinese characters, and where the length rule stands', () => {
    const length = measureLength(form('One two three four five six', '中国支持各项措施。'), limits, null);
    expect(length.body).toEqual({ words: 6, spacedWords: 6, characters: 0 });
    expect(length.summary).toEqual({ words: 5, spacedWords: 0, characters: 8 });
    expect(length.rule).toEqual({
      overLimit: true,
      webOnly: false,
      proposedDecision: 'FULL',
      blockingRule: 'SUMMARY_TOO_LONG',
    });
  });

  it('typing inside a word changes nothing shown: the previous measure is returned itself', () => {
    const before = measureLength(form('One two thr'), limits, null);
    expect(measureLength(form('One two three'), limits, before)).toBe(before);
  });

  it('a new word renews only the count that changed', () => {
    const before = measureLength(form('One two', 'Short.'), limits, null);
    const after = measureLength(form('One two three', 'Short.'), limits, before);
    expect(after.body.words).toBe(3);
    expect(after.summary).toBe(before.summary);
    expect(after.rule).toBe(before.rule);
  });
});

describe('the live length store', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('counts a burst of keystrokes once, when the browser is idle, and tells its readers only of a change', () => {
    const store = createLengthStore(form('One'), limits);
    const listener = jest.fn();
    store.subscribe(listener);
    store.changed(form('One t'), false);
    store.changed(form('One tw'), false);
    store.changed(form('One two'), false);
    expect(store.get().body.words).toBe(1); // not yet: counted off the keystroke
    jest.runOnlyPendingTimers();
    expect(store.get().body.words).toBe(2);
    expect(listener).toHaveBeenCalledTimes(1);

    store.changed(form('One twoo'), false);
    jest.runOnlyPendingTimers();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('the web-only choice, a click, is taken at once', () => {
    const store = createLengthStore(form('One two three four five six'), limits);
    store.changed(form('One two three four five six', '', true), true);
    expect(store.get().rule).toMatchObject({ webOnly: true, proposedDecision: 'WEB_ONLY', blockingRule: null });
  });
});
