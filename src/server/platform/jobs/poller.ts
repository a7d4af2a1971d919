export type Poller = { start: () => void; stop: () => Promise<void>; wake: () => void };

/**
 * Calls `poll` at once and then `intervalMs` after each call has ended, so two polls never
 * overlap; `wake()` brings the next one forward (or queues one right after a poll in progress).
 * `poll` must not throw. The timer does not keep the process alive.
 */
export function createPoller(poll: () => Promise<void>, intervalMs: number): Poller {
  let started = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let wakeAgain = false;

  function pollAfter(delay: number) {
    timer = setTimeout(() => {
      timer = undefined;
      running = poll().finally(() => {
        running = undefined;
        if (!stopped) pollAfter(wakeAgain ? 0 : intervalMs);
        wakeAgain = false;
      });
    }, delay);
    timer.unref();
  }

  return {
    start: () => {
      if (started) return;
      started = true;
      pollAfter(0);
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    wake: () => {
      if (!started || stopped) return;
      if (running) {
        wakeAgain = true;
        return;
      }
      if (timer) clearTimeout(timer);
      pollAfter(0);
    },
  };
}
