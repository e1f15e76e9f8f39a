import type { Design } from '../domain/design';
import { placementOf, setOwn, type Layout } from '../domain/elements/layout';
import { cascadeOf } from '../domain/commands';
import type { Steps } from '../domain/steps';
import { computeGeometry, geometrySteps, type Geometry } from './geometry';

/**
 * Write the computed position of every element that has none into the layout, so that moving one element
 * later does not make the automatically placed ones reflow. Returns the same design when nothing is missing.
 */
export function bakeLayout(design: Design): Design {
  return withPlacements(design, computeGeometry(design));
}

/**
 * bakeLayout in steps, for a large design being opened; the geometry of the baked design is computed too
 * (and remembered), as everything that shows the design asks for it next.
 */
export function* bakeLayoutSteps(design: Design): Steps<Design> {
  const baked = withPlacements(design, yield* geometrySteps(design));
  if (baked !== design) yield* geometrySteps(baked);
  return baked;
}

function withPlacements(design: Design, { relative }: Geometry): Design {
  const current = design.layout ?? {};
  let layout: Layout | undefined;
  for (const [id, box] of relative) {
    if (placementOf(current, id)) continue;
    layout ??= { ...current };
    setOwn(layout, id, { x: Math.round(box.x), y: Math.round(box.y) });
  }
  return layout ? { ...design, layout } : design;
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
