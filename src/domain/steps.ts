/**
 * Work that can run at once or spread over short tasks. A computation is written once, as a generator that
 * yields wherever it may pause (after a chunk of elements, a rule, a site); `runSteps` runs it to the end in
 * one go and `jobOf` runs it a few milliseconds at a time. Both run the same steps, so the sliced result
 * cannot differ from the one-shot one. Pure: the browser's scheduling lives in state/run-in-slices.ts.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run to the end, now. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface Job<T> {
  /** Work for about `budgetMs` (read with `now`), then return: the result when complete, else undefined. */
  step(budgetMs: number, now?: () => number): { value: T } | undefined;
}

export function jobOf<T>(steps: Steps<T>): Job<T> {
  let done: { value: T } | undefined;
  return {
    step(budgetMs, now = () => Date.now()) {
      if (done) return done;
      const until = now() + budgetMs;
      for (;;) {
        const r = steps.next();
        if (r.done) return (done = { value: r.value });
        if (now() >= until) return undefined;
      }
    },
  };
}

/** Yield every `size` items of a loop: `if (pause()) yield;`. */
export function every(size: number): () => boolean {
  let n = 0;
  return () => ++n % size === 0;
}
