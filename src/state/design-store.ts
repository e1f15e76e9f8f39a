/**
 * The document store: the design being edited, with snapshot undo/redo (zundo). Every edit goes through
 * `apply`, a pure (design) => design step; returning the same design records nothing. Designs are
 * immutable and share structure, so a snapshot costs little, and a step that only moved things keeps just
 * the moved placements (history-delta.ts). A drag changes the document once, on drop, so one drag is one
 * undo step.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import { useStore } from 'zustand';
import type { Design } from '../domain/design';
import { emptyDesign } from '../domain/design';
import { applyCommand, type DesignCommand } from '../domain/design-command';
import { bakeLayout } from '../layout/tidy';
import { compactAgainst, prepareSteps, type HistoryState } from './history-delta';
import { whenIdle } from './after-paint';

export type DesignOrigin =
  | { kind: 'new' }
  | { kind: 'sample'; name: string }
  | { kind: 'file'; name: string }
  | { kind: 'link' }
  | { kind: 'autosave' };

export interface DesignState {
  design: Design;
  /** The design as last loaded or saved to a file: anything else is unsaved work, and replacing it asks first. */
  baseline: Design;
  origin: DesignOrigin;
  /** One undoable step. */
  apply: (update: (design: Design) => Design) => void;
  run: (command: DesignCommand) => void;
  /**
   * Put another design on screen. `undoable: false` (boot, autosave restore) starts a fresh history;
   * `undoable: true` (import, template) makes the replacement itself one undo step.
   */
  replace: (design: Design, options: { origin: DesignOrigin; undoable: boolean }) => void;
  /** The current design was written to a file or otherwise handed on. */
  markSaved: () => void;
}

export const useDesignStore = create<DesignState>()(
  temporal(
    (set, get) => ({
      design: emptyDesign(),
      baseline: emptyDesign(),
      origin: { kind: 'new' },
      apply: (update) => {
        const current = get().design;
        const next = update(current);
        if (next !== current) set({ design: next });
      },
      run: (command) => get().apply((d) => applyCommand(d, command)),
      replace: (design, { origin, undoable }) => {
        // Every element gets a saved position on arrival, so later moves never make others reflow.
        const baked = bakeLayout(design);
        const history = useDesignStore.temporal.getState();
        if (!undoable) history.pause();
        set({ design: baked, baseline: baked, origin });
        if (!undoable) {
          history.clear();
          history.resume();
        }
      },
      markSaved: () => set({ baseline: get().design }),
    }),
    {
      partialize: (state) => ({ design: state.design }),
      // A step that only moved things is kept as the moved placements (history-delta.ts).
      diff: (state, neighbour) =>
        compactAgainst(state as HistoryState, neighbour as HistoryState, currentState, () => [currentState().baseline, ...recentDesigns]),
      limit: 300,
    },
  ),
);

/**
 * The last few designs on screen: an undo right after a step gives back that very object (what is memoised
 * on it is found again) instead of an equal copy. A few only, so the history stays small.
 */
const recentDesigns: Design[] = [];
useDesignStore.subscribe((s) => {
  if (recentDesigns[0] === s.design) return;
  recentDesigns.unshift(s.design);
  if (recentDesigns.length > 4) recentDesigns.length = 4;
});

/**
 * The steps an undo and a redo would go to are made in the next idle moment after each change
 * (history-delta.ts prepareSteps), so the undo or redo itself only swaps designs.
 */
let preparing = false;
useDesignStore.temporal.subscribe(() => {
  if (preparing) return;
  preparing = true;
  whenIdle(() => {
    preparing = false;
    prepareNextSteps();
  });
});

/** Make the designs of the next undo and redo now (what the idle moment after a change does). */
export function prepareNextSteps(): void {
  const { pastStates, futureStates } = designHistory();
  prepareSteps([pastStates.at(-1), futureStates.at(-1)] as (HistoryState | undefined)[], currentState);
}

/** Typed apart from the store, whose options refer to it (an inferred type would be circular). */
function currentState(): DesignState {
  return useDesignStore.getState();
}

export const designHistory = () => useDesignStore.temporal.getState();
export const undo = () => designHistory().undo();
export const redo = () => designHistory().redo();

/** Whether there is anything to undo / redo, for toolbar buttons. */
export function useHistoryState(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useStore(useDesignStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDesignStore.temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo };
}

export function hasUnsavedChanges(state: Pick<DesignState, 'design' | 'baseline'> = useDesignStore.getState()): boolean {
  return state.design !== state.baseline;
}
