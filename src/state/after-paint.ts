/**
 * Run `work` once the browser has painted what is committed now: the next animation frame, then a task after
 * it (the frame's paint comes between). A hidden page paints nothing and gets no frames, so it runs at once;
 * the timer is a safety net should frames stop (the page hidden meanwhile). Returns a cancel function.
 */
export function afterNextPaint(work: () => void, fallbackMs = 3000): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof document === 'undefined' || document.visibilityState === 'hidden') {
    run();
    return () => {};
  }
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (task = setTimeout(run, 0)));
  const fallback = setTimeout(run, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  };
}

/** Run `work` when the browser has nothing else to do (a short timer where requestIdleCallback is missing). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 5000 });
  else setTimeout(work, 200);
}
