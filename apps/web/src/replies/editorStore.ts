import { useSyncExternalStore } from 'react';
import { editorReducer, type TEditorAction, type TEditorState } from './editorState';

/**
 * The editor's state, outside React: timers, the form subscription and the navigation guard read the
 * current state when they run (no refs mirroring state), and each component renders only the slice it
 * selects, so an action that changes nothing a component shows does not render it.
 */
export interface EditorStore {
  getState: () => TEditorState;
  dispatch: (action: TEditorAction) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createEditorStore(initial: TEditorState): EditorStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = editorReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Resolves once the state satisfies `ready` (at once if it already does). */
export function stateWhere(store: EditorStore, ready: (state: TEditorState) => boolean): Promise<TEditorState> {
  if (ready(store.getState())) return Promise.resolve(store.getState());
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe(() => {
      if (!ready(store.getState())) return;
      unsubscribe();
      resolve(store.getState());
    });
  });
}

/** One slice of the editor's state; the component renders again only when that slice changes. */
export function useEditorState<T>(store: EditorStore, select: (state: TEditorState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
