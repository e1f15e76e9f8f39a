import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { loadDesignValueSteps } from '../document/parse';
import { updateElement } from '../domain/commands';
import { generateDesign } from '../domain/testing/generate-design';
import { validate } from '../rules/engine';
import { undo, useDesignStore } from './design-store';
import { findingsOf, useCheckStore } from './findings';
import { elementCount } from '../domain/queries';
import { CHECK_LATER_ELEMENTS, prepareDesign, showDesign } from './open-design';

const state = () => useDesignStore.getState();
const checked = () =>
  new Promise<void>((resolve) => {
    if (!useCheckStore.getState().checking) return resolve();
    const stop = useCheckStore.subscribe((s) => {
      if (s.checking) return;
      stop();
      resolve();
    });
  });

async function openLarge(seed: number) {
  const prepared = await prepareDesign(loadDesignValueSteps(JSON.parse(JSON.stringify(generateDesign({ seed, elements: 2600 })))));
  if (!prepared.ok) throw new Error(prepared.error.message);
  expect(elementCount(prepared.value)).toBeGreaterThan(CHECK_LATER_ELEMENTS);
  showDesign(prepared.value, { origin: { kind: 'file', name: `large ${seed}` }, undoable: true });
  return prepared.value;
}

describe('opening a large design', () => {
  beforeEach(() => state().replace(SAMPLES.small.load(), { origin: { kind: 'sample', name: 'small' }, undoable: false }));

  it('shows it with its layout baked, and its findings unknown until the background check ends', async () => {
    const design = await openLarge(1);
    expect(state().design).toBe(design);
    expect(Object.keys(design.layout ?? {})).toContain(design.servers[0]!.id);
    expect(findingsOf(design)).toBeUndefined();
    await checked();
    expect(findingsOf(design)).toEqual(validate(generateDesign({ seed: 1, elements: 2600 })));
  });

  it('ends with the findings of the design edited meanwhile, not of the one opened', async () => {
    const opened = await openLarge(2);
    const pool = opened.pools[0]!.id;
    state().apply((d) => updateElement(d, pool, { users: 123_456 }));
    const edited = state().design;
    expect(findingsOf(edited)).toBeUndefined();
    await checked();
    expect(state().design).toBe(edited);
    expect(findingsOf(edited)).toBe(validate(edited));
    expect(findingsOf(edited)).not.toEqual(validate(opened));
  });

  it('an undo back to the design before ends the check: its findings are known', async () => {
    const before = state().design;
    const known = validate(before);
    await openLarge(3);
    expect(useCheckStore.getState().checking).toBeDefined();
    undo();
    expect(state().design).toBe(before);
    expect(useCheckStore.getState().checking).toBeUndefined();
    expect(findingsOf(before)).toBe(known);
  });
});
