/**
 * Running a job (domain/steps.ts) in short tasks, so that a large design's loading, layout and validation
 * never block the page: input and painting get the time between slices. A message-channel task is not
 * clamped like nested timeouts, and input events still come first.
 */
import { jobOf, type Job, type Steps } from '../domain/steps';

/** Work per task. */
export const SLICE_MS = 8;

export interface Sliced<T> {
  /** The result; never settles when cancelled first. */
  done: Promise<T>;
  cancel(): void;
}

export interface SliceOptions {
  sliceMs?: number;
  /**
   * 'background': each slice waits until the page has nothing more urgent queued (timers, React's renders,
   * input), where the browser can tell (`scheduler.postTask`). For work whose result can come late, such as
   * a large design's link routes: at 10,000 elements an undo step's frame otherwise queued behind them.
   */
  priority?: 'normal' | 'background';
}

type PostTask = (cb: () => void, options: { priority: 'background'; signal: AbortSignal }) => Promise<unknown>;

/** The browser's prioritised task queue, where there is one (Chromium; not jsdom or older engines). */
function backgroundPoster(): PostTask | undefined {
  const s = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  return typeof s?.postTask === 'function' ? s.postTask.bind(s) : undefined;
}

/** Calls `slice` in task after task until it returns true or `cancel` is called. */
function loop(slice: () => boolean, priority: SliceOptions['priority']): () => void {
  const postTask = priority === 'background' ? backgroundPoster() : undefined;
  if (postTask) {
    const abort = new AbortController();
    const next = () => {
      postTask(() => !slice() && next(), { priority: 'background', signal: abort.signal }).catch(() => {
        /* aborted: cancelled */
      });
    };
    next();
    return () => abort.abort();
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (!slice()) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  return () => channel.port1.close();
}

export function runInSlices<T>(work: Steps<T> | Job<T>, options: SliceOptions | number = {}): Sliced<T> {
  const { sliceMs = SLICE_MS, priority = 'normal' } = typeof options === 'number' ? { sliceMs: options } : options;
  const job = 'step' in work ? work : jobOf(work);
  let cancelled = false;
  let stop = () => {};
  const done = new Promise<T>((resolve, reject) => {
    stop = loop(() => {
      if (cancelled) return true;
      try {
        const r = job.step(sliceMs, () => performance.now());
        if (!r) return false;
        resolve(r.value);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
      return true;
    }, priority);
  });
  return {
    done,
    cancel() {
      cancelled = true;
      stop();
    },
  };
}
