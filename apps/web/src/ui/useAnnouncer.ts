import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The text of a page's status region. Announcing empties the region first, so that the same message
 * twice in a row (two users created one after the other) is announced twice.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const announce = useCallback((next: string) => {
    window.clearTimeout(timer.current);
    setMessage('');
    timer.current = window.setTimeout(() => setMessage(next), 50);
  }, []);
  return [message, announce];
}
