import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// A first visit starts autosave only after the first screen (app/boot.ts): what the user did before that counts.
const storage = new Map<string, string>();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => {
  vi.stubGlobal('localStorage', {
    get length() {
      return storage.size;
    },
    key: (i: number) => [...storage.keys()][i] ?? null,
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, String(v)),
    removeItem: (k: string) => void storage.delete(k),
    clear: () => storage.clear(),
  });
  vi.stubGlobal('addEventListener', () => {});
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  storage.clear();
  vi.resetModules(); // autosave keeps one state per tab: each case is a fresh tab
});

/** A tab that shows the sample, then (maybe) moves the view, then starts autosave as boot does. */
async function firstVisit(moveView: boolean) {
  const { useDesignStore } = await import('../state/design-store');
  const { useSessionStore } = await import('../state/session-store');
  const { firstVisitSample } = await import('../document/first-visit');
  const autosave = await import('./autosave');
  useDesignStore.getState().replace(firstVisitSample(), { origin: { kind: 'sample', name: 'small' }, undoable: false });
  const onScreen = { design: useDesignStore.getState().design, viewport: useSessionStore.getState().viewport };
  if (moveView) useSessionStore.getState().setViewport({ x: 12, y: 34, zoom: 1.44 });
  autosave.startAutosave({ written: onScreen });
  await wait(autosave.AUTOSAVE_DELAY_MS + 300);
  const raw = storage.get((await import('./autosave-key')).AUTOSAVE_KEY);
  return raw === undefined ? undefined : (JSON.parse(raw) as { viewport?: { x: number; y: number; zoom: number } });
}

describe('autosave on a first visit', () => {
  it('saves a view the user moved before autosave started', async () => {
    expect((await firstVisit(true))?.viewport).toEqual({ x: 12, y: 34, zoom: 1.44 });
  });

  it('writes nothing when neither the design nor the view changed', async () => {
    expect(await firstVisit(false)).toBeUndefined();
  });
});
