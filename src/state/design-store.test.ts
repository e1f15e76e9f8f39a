import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { setPlacements, updateElement } from '../domain/commands';
import { designHistory, hasUnsavedChanges, redo, undo, useDesignStore } from './design-store';

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
});
