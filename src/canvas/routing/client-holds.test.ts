import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDesign } from '../../domain/testing/generate-design';
import { computeGeometry } from '../../layout/geometry';

// A stand-in worker that records what the page tells it and never answers, so a request stays waiting.
const told: string[] = [];
class RecordingWorker {
  onmessage: unknown = null;
  onerror: unknown = null;
  onmessageerror: unknown = null;
  postMessage(message: { kind: string }) {
    told.push(message.kind);
  }
  terminate() {}
}

beforeAll(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', RecordingWorker);
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('routing held while a gesture runs', () => {
  it('a pan or drag holds the worker until the last reason ends; a request sent meanwhile is held at once', async () => {
    const { pauseRouting, resumeRouting, routeInBackground } = await import('./client');
    const design = generateDesign({ seed: 5, elements: 200, withLayout: true });
    const geometry = computeGeometry(design);

    pauseRouting('view'); // nothing waits yet: nothing to tell
    expect(told).toEqual([]);
    const first = routeInBackground(design, geometry);
    expect(told).toEqual(['route', 'pause']);

    pauseRouting('drag');
    resumeRouting('view');
    expect(told).toEqual(['route', 'pause']); // the drag still holds it
    resumeRouting('drag');
    expect(told).toEqual(['route', 'pause', 'resume']);

    // A change waiting for its paint holds it too, and the next request lets it go on.
    pauseRouting('change');
    expect(told.at(-1)).toBe('pause');
    first.cancel();
    routeInBackground(design, geometry);
    expect(told.slice(-2)).toEqual(['cancel', 'route']);
    resumeRouting('change');
    expect(told.at(-1)).toBe('route');
  });

  it('a gesture whose end never comes lets routing go on after a while', async () => {
    const { pauseRouting, routeInBackground } = await import('./client');
    const design = generateDesign({ seed: 6, elements: 200, withLayout: true });
    routeInBackground(design, computeGeometry(design)); // a request of its own, left waiting
    pauseRouting('view');
    expect(told.at(-1)).toBe('pause');
    vi.advanceTimersByTime(10_000);
    expect(told.at(-1)).toBe('resume');
  });
});
