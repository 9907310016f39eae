import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';

export interface Loaded<T> {
  /** The answer, or null while it loads (and after an error). */
  data: T | null;
  error: unknown;
  /** Loads again (after an error, or after a change made elsewhere). Keeps the shown data meanwhile. */
  reload: () => void;
  /** Replaces the data with what a write returned, without asking the server again. */
  setData: Dispatch<SetStateAction<T | null>>;
}

/**
 * Loads one thing from the API when the page shows, and again whenever `key` changes. A request that is
 * overtaken (new key, page left) is aborted and its answer ignored.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [loadedKey, setLoadedKey] = useState(key);

  // A new key (another cycle, another entity) shows nothing of the previous one.
  if (loadedKey !== key) {
    setLoadedKey(key);
    setData(null);
    setError(null);
  }

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setData(value);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure);
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is new at every render; `key` names what it loads
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, reload, setData };
}
