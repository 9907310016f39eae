/**
 * A timer for a burst of events: `push()` moves its deadline `delayMs` after the latest event, and `fire`
 * runs once the deadline passes. One timer per burst: when it wakes before the deadline it waits for the
 * rest (cheaper than clearing and setting a timer at every keystroke).
 */
export interface DeadlineTimer {
  push(): void;
  stop(): void;
}

export function createDeadlineTimer(delayMs: number, fire: () => void): DeadlineTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline = 0;

  function onTimer() {
    const left = deadline - Date.now();
    if (left > 0) {
      timer = setTimeout(onTimer, left);
      return;
    }
    timer = undefined;
    fire();
  }

  return {
    push() {
      deadline = Date.now() + delayMs;
      timer ??= setTimeout(onTimer, delayMs);
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
