/**
 * Canvas gestures as pure domain edits: a palette drop, the end of a drag, an arrow-key nudge. Each takes
 * the design (and a point in canvas coordinates) and returns the next design, or a refusal saying why,
 * so a gesture is one undoable step and can be unit-tested without a browser.
 *
 * Structural nonsense (a server outside any pool, a pool outside any site, a site inside a site) is refused;
 * anything Lync forbids but the model can express is allowed, and the rules flag it.
 */
import type { Design } from '../domain/design';
import { placementOf, setOwn, type Placement } from '../domain/elements/layout';
import { addElements, reparent, setPlacements } from '../domain/commands';
import { findElement, parentId } from '../domain/queries';
import { freePlacement, separateAround } from '../layout/free-space';
import { computeGeometry, SIZES, type Box } from '../layout/geometry';
import { paletteItem, type PaletteItemId } from './palette-items';
import {
  createPoolOfOne,
  createServer,
  createSite,
  createSiteLevelElement,
} from './element-factory';

export interface Point {
  x: number;
  y: number;
}

export type GestureResult =
  | { ok: true; design: Design; /** What to select afterwards. */ select: string[] }
  | { ok: false; message: string };

const contains = (b: Box, p: Point) => p.x >= b.x && p.y >= b.y && p.x <= b.x + b.w && p.y <= b.y + b.h;

/** The topmost pool or site under a point (later elements are drawn above earlier ones). */
export function containerAt(design: Design, collection: 'pools' | 'sites', point: Point): string | undefined {
  const { absolute } = computeGeometry(design);
  const list = design[collection];
  for (let i = list.length - 1; i >= 0; i--) {
    const box = absolute.get(list[i]!.id);
    if (box && contains(box, point)) return list[i]!.id;
  }
  return undefined;
}

/** The site under a point, also when the point is on a pool or another element inside it. */
function siteAt(design: Design, point: Point): string | undefined {
  return containerAt(design, 'sites', point);
}

const snap = (v: number, grid: number) => (grid > 1 ? Math.round(v / grid) * grid : Math.round(v));

/** Keep a child's top-left inside its container's padding and below its header. */
function clampInto(containerCollection: 'pools' | 'sites', p: Point): Point {
  const s = containerCollection === 'pools' ? SIZES.pool : SIZES.site;
  return { x: Math.max(s.pad, Math.round(p.x)), y: Math.max(s.header, Math.round(p.y)) };
}

/** The position, relative to a container, that puts an element of this size centred under the point. */
function relativeAt(design: Design, containerId: string, point: Point, size: { w: number; h: number }, grid: number): Point {
  const box = computeGeometry(design).absolute.get(containerId)!;
  const collection = findElement(design, containerId)?.collection === 'pools' ? 'pools' : 'sites';
  return clampInto(collection, { x: snap(point.x - box.x - size.w / 2, grid), y: snap(point.y - box.y - size.h / 2, grid) });
}

/** Write the automatically computed position of a new element, so that later edits never reflow it. */
function bakeOne(design: Design, id: string): Design {
  const box = computeGeometry(design).relative.get(id);
  return box ? setPlacements(design, { [id]: { x: Math.round(box.x), y: Math.round(box.y) } }) : design;
}

/**
 * A palette item dropped at a point: a site on free canvas; a server into a pool (or, on a site's free
 * space, with a new pool of its own); an empty pool, SQL instance, file store or gateway into a site.
 */
export function paletteDrop(design: Design, itemId: PaletteItemId, point: Point, grid = 1): GestureResult {
  const item = paletteItem(itemId);
  if (!item) return { ok: false, message: `Unknown palette item "${itemId}".` };

  if (itemId === 'site-central' || itemId === 'site-branch') {
    if (siteAt(design, point)) {
      return { ok: false, message: 'Sites cannot be nested: drop the site on free canvas, beside the other sites.' };
    }
    const kind = itemId === 'site-central' ? 'central' : 'branch';
    const central = kind === 'branch' ? nearestCentralSite(design, point) : undefined;
    const site = createSite(design, kind, central);
    const placement = freePlacement(design, undefined, { w: SIZES.site.minW, h: SIZES.site.minH }, { x: snap(point.x - 20, grid), y: snap(point.y - 20, grid) });
    return { ok: true, design: addElements(design, [{ collection: 'sites', element: site, placement }]), select: [site.id] };
  }

  const siteId = siteAt(design, point);
  if (itemId.startsWith('server:')) {
    const role = itemId.slice('server:'.length) as Parameters<typeof createServer>[1];
    const poolId = containerAt(design, 'pools', point);
    if (poolId) {
      const server = createServer(design, role, poolId);
      // Servers stack in their pool automatically; where exactly in the pool the drop was does not matter.
      const next = bakeOne(addElements(design, [{ collection: 'servers', element: server }]), server.id);
      return { ok: true, design: separateAround(next, [poolId]), select: [server.id] };
    }
    if (!siteId) {
      return { ok: false, message: `A ${item.label} server belongs in a pool: drop it into a pool, or on a site to give it a pool of its own.` };
    }
    const { pool, server } = createPoolOfOne(design, role, siteId);
    const poolSize = { w: SIZES.pool.minW, h: SIZES.pool.header + SIZES.server.h + SIZES.pool.pad };
    const placement = freePlacement(design, siteId, poolSize, relativeAt(design, siteId, point, poolSize, grid));
    const added = addElements(design, [
      { collection: 'pools', element: pool, placement },
      { collection: 'servers', element: server },
    ]);
    return { ok: true, design: separateAround(bakeOne(added, server.id), [siteId]), select: [pool.id] };
  }

  if (!siteId) {
    return { ok: false, message: `A ${item.label.toLowerCase()} belongs in a site: drop it into a site.` };
  }
  const made = createSiteLevelElement(design, itemId, siteId);
  if (!made) return { ok: false, message: `"${item.label}" cannot be dropped here.` };
  const size = made.collection === 'pools' ? { w: SIZES.pool.minW, h: SIZES.pool.minH } : SIZES.leaf;
  const placement = freePlacement(design, siteId, size, relativeAt(design, siteId, point, size, grid));
  const next = addElements(design, [{ collection: made.collection, element: made.element as never, placement }]);
  return { ok: true, design: separateAround(next, [siteId]), select: [made.element.id] };
}

function nearestCentralSite(design: Design, point: Point): string | undefined {
  const { absolute } = computeGeometry(design);
  let best: { id: string; d: number } | undefined;
  for (const s of design.sites) {
    const b = absolute.get(s.id);
    if (s.kind !== 'central' || !b) continue;
    const d = Math.hypot(point.x - (b.x + b.w / 2), point.y - (b.y + b.h / 2));
    if (!best || d < best.d) best = { id: s.id, d };
  }
  return best?.id;
}

/** A placement with a new position that keeps the saved size of a container. */
function movedTo(design: Design, id: string, p: Point): Placement {
  return { ...(placementOf(design.layout, id) ?? {}), x: p.x, y: p.y };
}

export interface DragEnd {
  /** Where React Flow left each dragged node, relative to its container before the drag. */
  moves: ReadonlyMap<string, Point>;
  /** The node the pointer held. */
  primaryId: string;
  /** The pointer in canvas coordinates when the drag stopped. */
  pointer: Point;
}

/**
 * The end of a drag, as ONE edit: nodes dropped over another container of the right kind move into it
 * (a server into another pool, a pool or site-level element into another site), keeping where they were
 * let go; the rest keep their container with a new position. A node dropped outside any container of its
 * kind goes back where it was, and the result says why.
 */
export function commitDrag(design: Design, drag: DragEnd): { design: Design; refused?: string } {
  const { absolute } = computeGeometry(design);
  const placements: Record<string, Placement> = {};
  const moves: { id: string; parent: string; at: Point }[] = [];
  let refused: string | undefined;
  for (const [id, rel] of drag.moves) {
    const found = findElement(design, id);
    if (!found) continue;
    if (found.collection === 'sites') {
      setOwn(placements, id, movedTo(design, id, { x: Math.round(rel.x), y: Math.round(rel.y) }));
      continue;
    }
    const oldParent = parentId(found.element);
    const parentBox = oldParent ? absolute.get(oldParent) : undefined;
    const size = absolute.get(id);
    if (!oldParent || !parentBox || !size) continue;
    const abs = { x: parentBox.x + rel.x, y: parentBox.y + rel.y };
    const probe = id === drag.primaryId ? drag.pointer : { x: abs.x + size.w / 2, y: abs.y + size.h / 2 };
    const kind = found.collection === 'servers' ? 'pools' : 'sites';
    let target = containerAt(design, kind, probe);
    // Past its site's edge but over no other site: the element stays, and the site grows to hold it.
    if (!target && kind === 'sites' && !siteAt(design, probe)) target = oldParent;
    if (!target) {
      refused =
        kind === 'pools'
          ? 'A server belongs in a pool: drop it inside a pool to move it there.'
          : 'Pools, SQL instances, file stores, gateways and reverse proxies belong in a site: drop them inside a site.';
      continue;
    }
    const targetBox = absolute.get(target)!;
    const at = clampInto(kind, { x: abs.x - targetBox.x, y: abs.y - targetBox.y });
    if (target === oldParent) setOwn(placements, id, movedTo(design, id, at));
    else moves.push({ id, parent: target, at });
  }
  const moving = new Set(drag.moves.keys());
  // Each element lands in the free space nearest where it was let go (the others being moved excepted).
  let next = design;
  for (const [id, p] of Object.entries(placements)) {
    const found = findElement(next, id);
    const size = absolute.get(id);
    if (!found || !size) continue;
    const container = found.collection === 'sites' ? undefined : parentId(found.element);
    next = setPlacements(next, { [id]: { ...p, ...freePlacement(next, container, size, p, moving) } });
  }
  for (const m of moves) {
    const size = absolute.get(m.id)!;
    const others = new Set([...moving].filter((x) => x !== m.id));
    next = reparent(next, m.id, m.parent, movedTo(next, m.id, freePlacement(next, m.parent, size, m.at, new Set([m.id, ...others]))));
  }
  // A site that grew to hold what moved in pushes the sites it now covers aside; moved sites keep their place.
  const grown = [...new Set([...moves.map((m) => m.parent), ...Object.keys(placements)])];
  next = separateAround(next, grown);
  return refused ? { design: next, refused } : { design: next };
}

/**
 * Move the selection by (dx, dy). Elements whose container is selected too move with it, not twice.
 * Children stay at or right of / below their container's origin.
 */
export function nudge(design: Design, ids: Iterable<string>, dx: number, dy: number): Design {
  const selected = new Set(ids);
  const { relative } = computeGeometry(design);
  const placements: Record<string, Placement> = {};
  for (const id of selected) {
    const found = findElement(design, id);
    if (!found || found.collection === 'links') continue;
    if (hasSelectedAncestor(design, id, selected)) continue;
    const box = relative.get(id);
    if (!box) continue;
    const isSite = found.collection === 'sites';
    const x = Math.round(box.x + dx);
    const y = Math.round(box.y + dy);
    setOwn(placements, id, movedTo(design, id, isSite ? { x, y } : { x: Math.max(0, x), y: Math.max(0, y) }));
  }
  return setPlacements(design, placements);
}

function hasSelectedAncestor(design: Design, id: string, selected: ReadonlySet<string>): boolean {
  let current = findElement(design, id)?.element;
  for (let up = current && parentId(current); up; up = current && parentId(current)) {
    if (selected.has(up)) return true;
    current = findElement(design, up)?.element;
  }
  return false;
}
