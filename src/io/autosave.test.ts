import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDesign } from '../domain/testing/generate-design';
import { useDesignStore } from '../state/design-store';
import { useSessionStore } from '../state/session-store';

// Counts how often autosave writes a large design's file JSON (the costly part of a save).
const serialized = vi.hoisted(() => ({ count: 0 }));
vi.mock('../document/serialize', async (importOriginal) => {
  const real = await importOriginal<typeof import('../document/serialize')>();
  return {
    ...real,
    compactFileJsonSteps: (...args: Parameters<typeof real.compactFileJsonSteps>) => {
      serialized.count++;
      return real.compactFileJsonSteps(...args);
    },
  };
});

/** A Storage kept in a Map, as local storage is in a browser. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key = (i: number) => [...this.items.keys()][i] ?? null;
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, String(v));
  removeItem = (k: string) => void this.items.delete(k);
  clear = () => this.items.clear();
}

const storage = new MemoryStorage();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stored = async () => JSON.parse(storage.getItem((await import('./autosave-key')).AUTOSAVE_KEY)!) as { viewport?: { x: number }; design: unknown; revision: number };

beforeAll(() => {
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('addEventListener', () => {});
});
afterAll(() => vi.unstubAllGlobals());

describe('autosave of a large design', () => {
  it('writes the design JSON once per design: a move of the view stores the same text with the new view', async () => {
    const { startAutosave, AUTOSAVE_DELAY_MS } = await import('./autosave');
    const design = generateDesign({ seed: 3, elements: 3000, withLayout: true });
    useDesignStore.getState().replace(design, { origin: { kind: 'file', name: 'big.json' }, undoable: false });
    startAutosave();
    useSessionStore.getState().setViewport({ x: 1, y: 2, zoom: 1 });
    await vi.waitFor(() => expect(storage.length).toBe(1), { timeout: 5000, interval: 50 });
    const first = await stored();
    expect(first.viewport?.x).toBe(1);
    expect(serialized.count).toBe(1);

    for (const x of [10, 20, 30]) {
      useSessionStore.getState().setViewport({ x, y: 2, zoom: 1 });
      await wait(AUTOSAVE_DELAY_MS);
      await vi.waitFor(async () => expect((await stored()).viewport?.x).toBe(x), { timeout: 5000, interval: 50 });
    }
    const moved = await stored();
    expect(moved.design).toEqual(first.design);
    expect(moved.revision).toBeGreaterThan(first.revision);
    expect(serialized.count).toBe(1);

    // A change to the design itself is written afresh.
    useDesignStore.getState().apply((d) => ({ ...d, name: 'Renamed' }));
    await vi.waitFor(async () => expect(((await stored()).design as { name: string }).name).toBe('Renamed'), { timeout: 5000, interval: 50 });
    expect(serialized.count).toBe(2);
  });
});
