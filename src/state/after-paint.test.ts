import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

/** A page whose animation frames the test runs by hand. */
function page(visibilityState: 'visible' | 'hidden') {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('document', { visibilityState });
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  return { frame: () => frames.splice(0).forEach((cb) => cb(0)) };
}

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs in a task after the next frame, not before', () => {
    const { frame } = page('visible');
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(100);
    expect(work).not.toHaveBeenCalled();
    frame();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at once in a hidden page (it gets no frames), and after a while if frames stop', () => {
    page('hidden');
    const hidden = vi.fn();
    afterNextPaint(hidden);
    expect(hidden).toHaveBeenCalledTimes(1);

    page('visible');
    const stalled = vi.fn();
    afterNextPaint(stalled, 3000);
    vi.advanceTimersByTime(2999);
    expect(stalled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(stalled).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    const { frame } = page('visible');
    const work = vi.fn();
    afterNextPaint(work)();
    frame();
    vi.advanceTimersByTime(10_000);
    expect(work).not.toHaveBeenCalled();
  });
});
