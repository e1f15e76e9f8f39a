/**
 * The first screen comes in two steps (docs/architecture.md, "Cold start"): the shell and the canvas are
 * painted first; the side panels' work (palette tiles, inspector, problems list, the validation behind the
 * toolbar counts and the canvas badges, the minimap) follows right after it, as one interruptible render.
 * Nothing is lost by the wait: the design is in the store from the start, only what shows it is later.
 */
import { useDeferredValue } from 'react';
import { create } from 'zustand';

const useFirstScreenStore = create<{ done: boolean }>()(() => ({ done: false }));

/** Called once, by the app shell, after the canvas has been painted. */
export function finishFirstScreen(): void {
  useFirstScreenStore.setState({ done: true });
}

export function isFirstScreenDone(): boolean {
  return useFirstScreenStore.getState().done;
}

/**
 * Whether the side panels' work may run. Read through useDeferredValue, so the flip to true renders in a
 * transition (React yields to the browser every few milliseconds) rather than in one long task.
 */
export function useFirstScreenDone(): boolean {
  return useDeferredValue(useFirstScreenStore((s) => s.done));
}

/** Resolves once the first screen is complete (for work that should not compete with it at all). */
export function whenFirstScreenDone(): Promise<void> {
  if (isFirstScreenDone()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useFirstScreenStore.subscribe((s) => {
      if (!s.done) return;
      stop();
      resolve();
    });
  });
}
