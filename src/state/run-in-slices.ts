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

export function runInSlices<T>(work: Steps<T> | Job<T>, sliceMs = SLICE_MS): Sliced<T> {
  const job = 'step' in work ? work : jobOf(work);
  const channel = new MessageChannel();
  let cancelled = false;
  const done = new Promise<T>((resolve, reject) => {
    channel.port1.onmessage = () => {
      if (cancelled) return;
      try {
        const r = job.step(sliceMs, () => performance.now());
        if (r) {
          channel.port1.close();
          resolve(r.value);
        } else channel.port2.postMessage(0);
      } catch (e) {
        channel.port1.close();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
  });
  channel.port2.postMessage(0);
  return {
    done,
    cancel() {
      cancelled = true;
      channel.port1.close();
    },
  };
}
