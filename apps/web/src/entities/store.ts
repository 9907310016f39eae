import { useEffect, useSyncExternalStore } from 'react';
import type { TEntity } from '@replies/shared';
import { api } from '../api/client';

/** The list of States and organizations, fetched once per session and shared by every screen. */
interface EntitiesState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  entities: TEntity[];
  error: unknown;
}

const initial: EntitiesState = { status: 'idle', entities: [], error: null };
let state: EntitiesState = initial;
let generation = 0; // a response that arrives after clearEntities() belongs to the previous session
const listeners = new Set<() => void>();

function setState(next: EntitiesState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function loadEntities(): void {
  if (state.status === 'loading') return;
  const current = generation;
  setState({ ...state, status: 'loading', error: null });
  api.entities.list().then(
    (entities) => {
      if (current === generation) setState({ status: 'ready', entities, error: null });
    },
    (error: unknown) => {
      if (current === generation) setState({ ...state, status: 'error', error });
    },
  );
}

/** Adds or replaces one entity after the API has created or changed it. */
export function upsertEntity(entity: TEntity): void {
  const index = state.entities.findIndex((e) => e.code === entity.code);
  const entities = [...state.entities];
  if (index === -1) entities.push(entity);
  else entities[index] = entity;
  setState({ ...state, entities });
}

/** Forgets the list, when the user signs out. */
export function clearEntities(): void {
  generation += 1;
  setState(initial);
}

export function useEntities(): EntitiesState & { reload: () => void } {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (current.status === 'idle') loadEntities();
  }, [current.status]);
  return { ...current, reload: loadEntities };
}
