import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNoticeStore } from '../state/notice-store';
import { loadOnUse } from './load-on-use';

const notices = () => useNoticeStore.getState().notices.map((n) => `${n.kind}: ${n.title}`);

describe('loadOnUse', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useNoticeStore.setState({ notices: [] });
  });
  afterEach(() => vi.useRealTimers());

  it('says nothing about a quick load and hands back what was loaded', async () => {
    await expect(loadOnUse('the exporter', async () => 42)).resolves.toBe(42);
    vi.advanceTimersByTime(1000);
    expect(notices()).toEqual([]);
  });

  it('says what it is waiting for when the load takes a while, and clears that once loaded', async () => {
    let arrive!: (v: string) => void;
    const loading = loadOnUse('the exporter', () => new Promise<string>((r) => (arrive = r)));
    vi.advanceTimersByTime(500);
    expect(notices()).toEqual(['info: Loading the exporter…']);
    arrive('ok');
    await expect(loading).resolves.toBe('ok');
    expect(notices()).toEqual([]);
  });

  it('says so when the code cannot be fetched, and resolves undefined', async () => {
    await expect(loadOnUse('the exporter', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')))).resolves.toBeUndefined();
    vi.advanceTimersByTime(1000);
    expect(notices()).toEqual(['error: Could not load the exporter']);
  });
});
