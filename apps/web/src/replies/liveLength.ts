import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { checkLength, type TLengthCheck, type TReplyForm, type TWordCount } from '@replies/shared';

/** The lengths the form shows under its fields, and where the length rule stands. */
export interface TLiveLength {
  body: TWordCount;
  summary: TWordCount;
  rule: {
    overLimit: boolean;
    webOnly: boolean;
    proposedDecision: TLengthCheck['proposedDecision'];
    blockingRule: TLengthCheck['blockingRule'];
  };
}

type TLimits = { replyWordLimit: number; summaryWordLimit: number };

const sameCount = (a: TWordCount, b: TWordCount) =>
  a.words === b.words && a.spacedWords === b.spacedWords && a.characters === b.characters;

const sameRule = (a: TLiveLength['rule'], b: TLiveLength['rule']) =>
  a.overLimit === b.overLimit &&
  a.webOnly === b.webOnly &&
  a.proposedDecision === b.proposedDecision &&
  a.blockingRule === b.blockingRule;

/**
 * Measures the form with the API's own rule. What did not change keeps its object, and when nothing
 * changed the previous measure is returned itself: typing inside a word renders nothing.
 */
export function measureLength(values: TReplyForm, limits: TLimits, previous: TLiveLength | null): TLiveLength {
  const webOnly = values.webOnly ?? false;
  const check = checkLength({ body: values.body ?? '', summary: values.summary ?? '', webOnly }, limits);
  const next: TLiveLength = {
    body: check.body,
    summary: check.summary,
    rule: {
      overLimit: check.overLimit,
      webOnly,
      proposedDecision: check.proposedDecision,
      blockingRule: check.blockingRule,
    },
  };
  if (!previous) return next;
  const body = sameCount(next.body, previous.body) ? previous.body : next.body;
  const summary = sameCount(next.summary, previous.summary) ? previous.summary : next.summary;
  const rule = sameRule(next.rule, previous.rule) ? previous.rule : next.rule;
  if (body === previous.body && summary === previous.summary && rule === previous.rule) return previous;
  return { body, summary, rule };
}

/** Runs `task` when the browser has a moment, after the frame that shows the keystroke; returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 16);
  return () => clearTimeout(id);
}

export interface LengthStore {
  get(): TLiveLength;
  subscribe: (listener: () => void) => () => void;
  /** The form changed; counted when the browser is idle, or at once (a click rather than a keystroke). */
  changed(values: TReplyForm, now: boolean): void;
  dispose(): void;
}

/**
 * Counting is kept off the keystroke: however fast the user types, the text is counted at most once
 * per idle moment, and only the counts that changed render again.
 */
export function createLengthStore(values: TReplyForm, limits: TLimits): LengthStore {
  let latest = values;
  let measured = measureLength(values, limits, null);
  let cancel: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const update = () => {
    cancel = null;
    const next = measureLength(latest, limits, measured);
    if (next === measured) return;
    measured = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => measured,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed(next, now) {
      latest = next;
      if (now) {
        cancel?.();
        update();
      } else {
        cancel ??= whenIdle(update);
      }
    },
    dispose() {
      cancel?.();
      cancel = null;
    },
  };
}

/** The live lengths of the reply form's text and summary. */
export function useLiveLength(form: UseFormReturn<TReplyForm>, limits: TLimits): LengthStore {
  const { replyWordLimit, summaryWordLimit } = limits;
  // Measured anew only if the limits change; the form's values are read from then on.
  const store = useMemo(
    () => createLengthStore(form.getValues(), { replyWordLimit, summaryWordLimit }),
    [form, replyWordLimit, summaryWordLimit],
  );
  useEffect(() => {
    const unsubscribe = form.subscribe({
      name: ['body', 'summary', 'webOnly'],
      formState: { values: true },
      callback: ({ values, name }) => store.changed(values, name === 'webOnly'),
    });
    return () => {
      unsubscribe();
      store.dispose();
    };
  }, [form, store]);
  return store;
}

/** One slice of the live lengths; the component renders again only when it changes. */
export function useLength<T>(store: LengthStore, select: (length: TLiveLength) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
