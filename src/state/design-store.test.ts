import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { deleteElements, setPlacements, updateElement } from '../domain/commands';
import type { Design } from '../domain/design';
import { designHistory, hasUnsavedChanges, prepareNextSteps, redo, undo, useDesignStore } from './design-store';
import { preparedDesign } from './history-delta';

const state = () => useDesignStore.getState();

describe('design store', () => {
  beforeEach(() => state().replace(SAMPLES.small.load(), { origin: { kind: 'sample', name: 'small' }, undoable: false }));

  it('loading never enters history and is not unsaved work', () => {
    expect(designHistory().pastStates).toHaveLength(0);
    expect(hasUnsavedChanges()).toBe(false);
    expect(Object.keys(state().design.layout ?? {})).toContain('se1-srv');
  });

  it('each edit is one undo step, and undo/redo restore exactly', () => {
    const before = state().design;
    state().apply((d) => updateElement(d, 'se1', { users: 2500 }));
    const after = state().design;
    state().apply((d) => setPlacements(d, { se2: { x: 999, y: 40 } }));
    expect(designHistory().pastStates).toHaveLength(2);
    undo();
    expect(state().design).toBe(after);
    undo();
    expect(state().design).toBe(before);
    redo();
    expect(state().design).toBe(after);
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('records nothing for an edit that changes nothing', () => {
    state().apply((d) => updateElement(d, 'se1', { users: 2000 }));
    state().run({ op: 'update', id: 'se1', patch: { fqdn: 'se1.fabrikam.com' } });
    expect(designHistory().pastStates).toHaveLength(0);
  });

  it('makes an undoable replacement one step', () => {
    const small = state().design;
    state().replace(SAMPLES.medium.load(), { origin: { kind: 'file', name: 'm.json' }, undoable: true });
    expect(state().design.name).toContain('Medium');
    undo();
    expect(state().design).toBe(small);
  });

  it('marks the current design saved', () => {
    state().run({ op: 'update', id: 'se1', patch: { users: 10 } });
    expect(hasUnsavedChanges()).toBe(true);
    state().markSaved();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('keeps a move as its moved placements, and undoes and redoes a long mix of moves and edits exactly', () => {
    const seen = [structuredClone(state().design)];
    const steps = [
      (d: Design) => setPlacements(d, { se2: { x: 900, y: 40 } }),
      (d: Design) => setPlacements(d, { se1: { x: 30, y: 300 } }),
      (d: Design) => updateElement(d, 'se1', { users: 2500 }),
      (d: Design) => setPlacements(d, { se2: { x: 700, y: 90 }, 'gw-central': { x: 500, y: 500 } }),
      (d: Design) => deleteElements(d, ['gw-central']),
      (d: Design) => setPlacements(d, { se1: { x: 60, y: 320 } }),
      (d: Design) => setPlacements(d, { se1: { x: 90, y: 340 } }),
      (d: Design) => setPlacements(d, { se1: { x: 120, y: 360 } }),
      (d: Design) => setPlacements(d, { se1: { x: 150, y: 380 } }),
      (d: Design) => setPlacements(d, { se1: { x: 180, y: 400 } }),
    ];
    for (const step of steps) {
      state().apply(step);
      seen.push(structuredClone(state().design));
    }
    const past = designHistory().pastStates;
    expect(past).toHaveLength(steps.length);
    // The moves among the steps are kept without a layout object of their own.
    const compact = past.filter((p) => Object.getOwnPropertyDescriptor(p, 'design')?.get !== undefined);
    expect(compact.length).toBeGreaterThanOrEqual(7);
    for (let i = steps.length - 1; i >= 0; i--) {
      undo();
      expect(state().design, `undo to step ${i}`).toEqual(seen[i]);
    }
    expect(hasUnsavedChanges()).toBe(false);
    for (let i = 1; i <= steps.length; i++) {
      redo();
      expect(state().design, `redo to step ${i}`).toEqual(seen[i]);
    }
    for (let i = 0; i < 3; i++) undo();
    expect(state().design).toEqual(seen[steps.length - 3]);
    state().apply((d) => updateElement(d, 'se1', { users: 10 }));
    expect(designHistory().futureStates).toHaveLength(0);
    undo();
    expect(state().design).toEqual(seen[steps.length - 3]);
  });

  it('undoes and redoes exactly to designs made ahead of time, and hands over the very design made', () => {
    const seen = [structuredClone(state().design)];
    const spots = [300, 340, 380, 420, 460];
    for (const y of spots) {
      state().apply((d) => setPlacements(d, { se1: { x: 30, y } }));
      seen.push(structuredClone(state().design));
    }
    for (let i = spots.length - 1; i >= 0; i--) {
      prepareNextSteps();
      const made = preparedDesign(designHistory().pastStates.at(-1) as { design: Design }, state);
      expect(made).toBeDefined();
      undo();
      expect(state().design).toBe(made);
      expect(state().design, `undo to step ${i}`).toEqual(seen[i]);
    }
    for (let i = 1; i <= spots.length; i++) {
      prepareNextSteps();
      redo();
      expect(state().design, `redo to step ${i}`).toEqual(seen[i]);
    }
    // Preparing again after a further change makes the step against the design now on screen.
    undo();
    prepareNextSteps();
    state().apply((d) => setPlacements(d, { se2: { x: 10, y: 10 } }));
    prepareNextSteps();
    undo();
    expect(state().design).toEqual(seen[spots.length - 1]);
  });
});
