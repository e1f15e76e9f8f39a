import type { Design } from '../domain/design';
import { placementOf, setOwn, type Layout } from '../domain/elements/layout';
import { cascadeOf } from '../domain/commands';
import { runSteps, type Steps } from '../domain/steps';
import { computeGeometry, geometrySteps, rememberGeometry, type Geometry } from './geometry';

/**
 * Write the computed position of every element that has none into the layout, so that moving one element
 * later does not make the automatically placed ones reflow. Returns the same design when nothing is missing.
 */
export function bakeLayout(design: Design): Design {
  if (baked.has(design)) return design;
  const geometry = computeGeometry(design);
  const { baked: out, exact } = runSteps(withPlacements(design, geometry));
  // As in bakeLayoutSteps: the baked design has the same boxes, and whatever shows it asks for them next
  // (the first render of a design just opened would otherwise lay it out a second time).
  if (exact && out !== design) rememberGeometry(out, geometry);
  return remember(out);
}

/** Designs known to have a position for every element (designs are immutable): baking one again is a no-op. */
const baked = new WeakSet<Design>();
const remember = (design: Design) => (baked.add(design), design);

/**
 * bakeLayout in steps, for a large design being opened; the geometry of the baked design is computed too
 * (and remembered), as everything that shows the design asks for it next.
 */
export function* bakeLayoutSteps(design: Design): Steps<Design> {
  const geometry = yield* geometrySteps(design);
  const { baked: out, exact } = yield* withPlacements(design, geometry);
  // Saving the positions where they already were changes no box: the baked design has the same geometry.
  if (exact) rememberGeometry(out, geometry);
  else yield* geometrySteps(out);
  return remember(out);
}

/** `exact`: every position written is the computed one (no rounding moved a box). */
function* withPlacements(design: Design, { relative }: Geometry): Steps<{ baked: Design; exact: boolean }> {
  const current = design.layout ?? {};
  let layout: Layout | undefined;
  let exact = true;
  let n = 0;
  for (const [id, box] of relative) {
    if (++n % 2000 === 0) yield;
    if (placementOf(current, id)) continue;
    layout ??= { ...current };
    const x = Math.round(box.x);
    const y = Math.round(box.y);
    exact &&= x === box.x && y === box.y;
    setOwn(layout, id, { x, y });
  }
  return { baked: layout ? { ...design, layout } : design, exact };
}

/**
 * Lay out again, automatically, everything inside one container (a site or a pool), or the whole design
 * when no scope is given. Saved sizes inside the scope are dropped so containers shrink to fit.
 */
export function tidyLayout(design: Design, scopeId?: string): Design {
  const layout: Layout = { ...(design.layout ?? {}) };
  if (scopeId === undefined) {
    for (const id of Object.keys(layout)) delete layout[id];
  } else {
    for (const id of cascadeOf(design, [scopeId])) if (id !== scopeId) delete layout[id];
    const own = placementOf(layout, scopeId);
    if (own) setOwn(layout, scopeId, { x: own.x, y: own.y });
  }
  return bakeLayout({ ...design, layout });
}
