/**
 * Undo history that does not copy the layout per step. A design's `layout` is one object with a placement
 * per element, so each move makes a new layout object as large as the design (about 50 KB at 3,000
 * elements in Chromium), and a history of whole designs kept one per step. A step whose layout differs from
 * its neighbour's only in the values of some placements is kept instead as the neighbour-relative change:
 * the design's other parts (shared, immutable arrays) plus the old placements of the ids that moved. The
 * design is made again when the step is undone or redone, from the design on screen then, which is the
 * neighbour it was taken against (zundo stores a past state against the state after it, a future state
 * against the state before it). So steps are undone and redone one at a time, as the app does (zundo's
 * undo(n) with n > 1 would apply a change against the wrong design).
 */
import type { Design } from '../domain/design';
import type { Placement } from '../domain/elements/layout';
import { setOwn } from '../domain/elements/layout';

export interface HistoryState {
  design: Design;
}

type Layout = NonNullable<Design['layout']>;

/**
 * `state` as a change against `neighbour`; null when they are the same design (nothing to record), and
 * `state` itself when a change would not be smaller (no layouts, elements added or removed from it).
 */
export function compactAgainst(state: HistoryState, neighbour: HistoryState, current: () => HistoryState, known: () => readonly Design[]): HistoryState | null {
  const a = state.design;
  const b = neighbour.design;
  if (a === b) return null;
  if (!a.layout || !b.layout || a.layout === b.layout) return state;
  const changed = changedSince(a.layout, b) ?? changedPlacements(a.layout, b.layout);
  if (!changed) return state;
  const { layout: _, ...rest } = a;
  let made: Design | undefined;
  const entry: HistoryState = {
    get design() {
      made ??= preparedDesign(entry, current) ?? rebuilt(rest, current().design.layout, changed, known());
      return made;
    },
  };
  makers.set(entry, () => rebuilt(rest, current().design.layout, changed, known()));
  return entry;
}

/** How to make each compacted step's design against the design on screen (for prepareSteps). */
const makers = new WeakMap<HistoryState, () => Design>();
/** The steps made ahead of time (the next undo's and redo's), with the layout each was made against. */
let ready: { entry: HistoryState; base: Design['layout']; design: Design }[] = [];

/**
 * Make the design of the step an undo (or redo) would go to now, ahead of time, in an idle moment: at
 * 10,000 elements copying the layout for it was a few ms of the frame that shows the step. Kept in two
 * slots outside the steps, so steps left in the history hold no layout copies.
 */
/** The design made ahead of time for `entry` against the layout on screen, if there is one. */
export function preparedDesign(entry: HistoryState, current: () => HistoryState): Design | undefined {
  const base = current().design.layout;
  return ready.find((r) => r.entry === entry && r.base === base)?.design;
}

export function prepareSteps(entries: readonly (HistoryState | undefined)[], current: () => HistoryState): void {
  const base = current().design.layout;
  ready = entries.flatMap((entry) => {
    const make = entry && makers.get(entry);
    if (!entry || !make) return [];
    return [ready.find((r) => r.entry === entry && r.base === base) ?? { entry, base, design: make() }];
  });
}

/** The placements of `a` that differ from `b`'s, when both have the same ids in the same order; else undefined. */
function changedPlacements(a: Layout, b: Layout): [string, Placement][] | undefined {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return undefined;
  const out: [string, Placement][] = [];
  for (let i = 0; i < ka.length; i++) {
    const id = ka[i]!;
    if (id !== kb[i]) return undefined;
    if (a[id] !== b[id]) out.push([id, a[id]!]);
  }
  // A change as large as the layout saves nothing.
  return out.length * 2 > ka.length ? undefined : out;
}

/** Designs made by rebuilt(): the layout each was copied from and the ids set on the copy. */
const madeFrom = new WeakMap<Design, { base: Layout; ids: readonly string[] }>();

/**
 * changedPlacements(a, b.layout) without comparing every placement, when `b` was made from `a` itself (an
 * undo or redo step, whose own step is recorded against it next): only the ids set on the copy can differ.
 */
function changedSince(a: Layout, b: Design): [string, Placement][] | undefined {
  const from = madeFrom.get(b);
  if (!from || from.base !== a || !from.ids.every((id) => Object.hasOwn(a, id))) return undefined;
  const out: [string, Placement][] = [];
  for (const id of from.ids) if (a[id] !== b.layout![id]) out.push([id, a[id]!]);
  return out;
}

function rebuilt(rest: Omit<Design, 'layout'>, base: Layout | undefined, changed: readonly [string, Placement][], known: readonly Design[]): Design {
  // Back at a design the store knows (the one last opened or saved, the last few on screen): that very
  // object, so "unsaved changes" is off again and what is memoised on it is found; no layout copied.
  for (const k of known) if (isRebuilt(k, rest, base, changed)) return k;
  const layout: Layout = { ...base };
  for (const [id, p] of changed) setOwn(layout, id, p);
  const design = { ...rest, layout } as Design;
  if (base) madeFrom.set(design, { base, ids: changed.map(([id]) => id) });
  return design;
}

/** Whether `k` is what rebuilt() would make: the same parts, the changed placements, and `base` elsewhere. */
function isRebuilt(k: Design, rest: Omit<Design, 'layout'>, base: Layout | undefined, changed: readonly [string, Placement][]): boolean {
  if (!k.layout || !base) return false;
  // The cheap tests first: most known designs differ in a changed placement.
  for (const [id, p] of changed) if (k.layout[id] !== p) return false;
  const keys = Object.keys(rest) as (keyof typeof rest)[];
  if (Object.keys(k).length !== keys.length + 1) return false;
  for (const key of keys) if (k[key] !== rest[key]) return false;
  const moved = new Set(changed.map(([id]) => id));
  let n = 0;
  for (const id in k.layout) {
    n++;
    if (!moved.has(id) && (!Object.hasOwn(base, id) || k.layout[id] !== base[id])) return false;
  }
  return n === Object.keys(base).length;
}
