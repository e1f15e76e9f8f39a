/**
 * Free space: the one function that decides where an element may go in its container without covering a
 * sibling, used by every placement (palette drop, keyboard add, paste, a move into a container, fixes), and
 * `overlaps`, the query that checks the result: siblings whose boxes intersect, or an element outside its
 * container. Containers grow to hold what is placed in them (geometry.ts), so free space always exists below
 * the last child. Pure.
 */
import type { Design } from '../domain/design';
import { setOwn, type Placement } from '../domain/elements/layout';
import { setPlacements } from '../domain/commands';
import { findElement, indexDesign, parentId } from '../domain/queries';
import { BoxIndex, intersects } from './box-index';
import { computeGeometry, SIZES, type Box } from './geometry';

import type { Point } from './orthogonal-path';

/** Spacing kept between a placed element and its siblings, per kind of container. */
function spacing(containerKind: 'sites' | 'pools' | undefined): { gap: number; gapX: number; min: number; x0: number; y0: number } {
  if (containerKind === 'pools') return { gap: SIZES.pool.gap, gapX: SIZES.pool.gap, min: SIZES.pool.gap, x0: SIZES.pool.pad, y0: SIZES.pool.header };
  if (containerKind === 'sites') return { gap: SIZES.site.gap, gapX: SIZES.site.gapX, min: 16, x0: SIZES.site.pad, y0: SIZES.site.header };
  return { gap: SIZES.gap, gapX: SIZES.gap, min: 24, x0: -Infinity, y0: -Infinity };
}

/** The boxes (container-relative) of a container's children, or of all sites for the top level. */
function siblingBoxes(design: Design, containerId: string | undefined, ignore: ReadonlySet<string>): Box[] {
  const { relative } = computeGeometry(design);
  const out: Box[] = [];
  for (const id of siblingIds(design, containerId)) {
    if (ignore.has(id)) continue;
    const b = relative.get(id);
    if (b) out.push(b);
  }
  return out;
}

function siblingIds(design: Design, containerId: string | undefined): string[] {
  return containerId === undefined ? design.sites.map((s) => s.id) : (indexDesign(design).children.get(containerId) ?? []).map((c) => c.id);
}

function containerKind(design: Design, containerId: string | undefined): 'sites' | 'pools' | undefined {
  return containerId === undefined ? undefined : findElement(design, containerId)?.collection === 'pools' ? 'pools' : 'sites';
}

/**
 * The free position nearest to `preferred` (container-relative; absolute for a site) for a box of `size` in
 * a container (undefined: the canvas, among sites). It keeps clear of every sibling except those in
 * `ignore` (the elements being moved), and never goes above or left of the container's content area.
 */
export function freePlacement(
  design: Design,
  containerId: string | undefined,
  size: { w: number; h: number },
  preferred: Point,
  ignore: ReadonlySet<string> = new Set(),
): Point {
  const free = new FreeSpace(spacing(containerKind(design, containerId)));
  for (const b of siblingBoxes(design, containerId, ignore)) free.occupy(b);
  return free.nearest(size, preferred);
}

/**
 * The occupied boxes of one container and the search for the nearest free place among them. Boxes live in
 * a grid index, so "is this place free?" looks only nearby: with hundreds of sites, testing every candidate
 * against every site made one drop take seconds.
 */
class FreeSpace {
  private readonly boxes: Box[] = [];
  private readonly index = new BoxIndex();
  private bottom = -Infinity;

  constructor(private readonly space: ReturnType<typeof spacing>) {}

  occupy(b: Box): void {
    this.boxes.push(b);
    this.index.add({ id: '', box: b });
    this.bottom = Math.max(this.bottom, b.y + b.h + this.space.gap);
  }

  nearest(size: { w: number; h: number }, preferred: Point): Point {
    const { gap, gapX, min, x0, y0 } = this.space;
    const clamp = (p: Point): Point => ({ x: Math.round(Math.max(x0, p.x)), y: Math.round(Math.max(y0, p.y)) });
    const free = (p: Point) => !this.index.any({ x: p.x - min, y: p.y - min, w: size.w + 2 * min, h: size.h + 2 * min });
    const start = clamp(preferred);
    if (free(start)) return start;
    let best: Point | undefined;
    let bestDistance = Infinity;
    const consider = (raw: Point) => {
      const c = clamp(raw);
      const d = Math.hypot(c.x - start.x, c.y - start.y);
      if (d < bestDistance && free(c)) {
        bestDistance = d;
        best = c;
      }
    };
    // Beside, below, left of and above each box, and in line with the preferred place.
    for (const s of this.boxes) {
      consider({ x: s.x + s.w + gapX, y: s.y });
      consider({ x: s.x, y: s.y + s.h + gap });
      consider({ x: s.x - size.w - gapX, y: s.y });
      consider({ x: s.x, y: s.y - size.h - gap });
      consider({ x: start.x, y: s.y + s.h + gap });
      consider({ x: s.x + s.w + gapX, y: start.y });
    }
    if (best) return best;
    // Below everything is always free.
    return clamp({ x: Number.isFinite(x0) ? x0 : start.x, y: this.bottom });
  }
}

/**
 * Moves each of `ids` (in order) to the free position nearest where it is now, so that elements placed by a
 * paste, an import or a fix never cover what was there. Elements already clear stay put.
 */
export function settle(design: Design, ids: readonly string[]): Design {
  let next = design;
  for (const id of ids) {
    const found = findElement(next, id);
    if (!found || found.collection === 'links') continue;
    const box = computeGeometry(next).relative.get(id);
    if (!box) continue;
    const at = freePlacement(next, parentId(found.element), box, box, new Set([id]));
    if (at.x !== box.x || at.y !== box.y || !Object.hasOwn(next.layout ?? {}, id)) {
      const saved: Placement | undefined = next.layout && Object.hasOwn(next.layout, id) ? next.layout[id] : undefined;
      next = setPlacements(next, { [id]: { ...saved, x: at.x, y: at.y } });
    }
  }
  return next;
}

/**
 * Siblings (the sites, or the children of one container) that a grown sibling now covers move out of its
 * way to the nearest free place, so a container growing to hold what was put in it never ends up over its
 * neighbour. Same design when nothing overlaps. `first` names those that keep their place (the one that grew).
 * Works on the siblings' boxes directly (moving a sibling changes no other sibling's size) and writes the
 * result once; siblings laid out automatically are pinned where they are seen, so that moving one of them
 * does not re-flow the others.
 */
export function keepApart(design: Design, containerId: string | undefined, first: readonly string[] = []): Design {
  const { relative } = computeGeometry(design);
  const boxes = siblingIds(design, containerId).flatMap((id) => {
    const b = relative.get(id);
    return b ? [{ id, b }] : [];
  });
  if (!anyIntersecting(boxes.map((x) => x.b))) return design;
  const firstSet = new Set(first);
  const order = [...boxes].sort((p, q) => Number(firstSet.has(q.id)) - Number(firstSet.has(p.id)) || p.b.y - q.b.y || p.b.x - q.b.x);
  const settled = new FreeSpace(spacing(containerKind(design, containerId)));
  const placements: Record<string, Placement> = {};
  const layout = design.layout ?? {};
  let moved = false;
  for (const { id, b } of order) {
    const at = settled.nearest(b, b);
    settled.occupy({ ...b, x: at.x, y: at.y });
    const saved = Object.hasOwn(layout, id) ? layout[id] : undefined;
    if (at.x !== b.x || at.y !== b.y) moved = true;
    if (at.x !== b.x || at.y !== b.y || !saved) setOwn(placements, id, { ...saved, x: at.x, y: at.y });
  }
  return moved ? setPlacements(design, placements) : design;
}

/** Whether any two boxes' interiors intersect (a sweep on x: sites can number in the hundreds). */
function anyIntersecting(boxes: readonly Box[]): boolean {
  const sorted = [...boxes].sort((p, q) => p.x - q.x);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.w; j++) if (intersects(sorted[i]!, sorted[j]!)) return true;
  }
  return false;
}

/** After something grew: its siblings in its site, then the sites, keep apart. */
export function separateAround(design: Design, grownIds: readonly string[]): Design {
  let next = design;
  const sites = new Set<string>();
  for (const id of grownIds) {
    const found = findElement(next, id);
    if (!found) continue;
    if (found.collection === 'sites') sites.add(id);
    else if (found.collection === 'pools') {
      const siteId = parentId(found.element)!;
      next = keepApart(next, siteId, [id]);
      sites.add(siteId);
    } else {
      const up = parentId(found.element);
      if (up) sites.add(up);
    }
  }
  return keepApart(next, undefined, [...sites]);
}

export interface Overlap {
  /** Two siblings whose boxes intersect, or an element and the container it is not inside. */
  kind: 'siblings' | 'outside';
  a: string;
  b: string;
}

/** Every pair of intersecting siblings and every element that is not inside its container. */
export function overlaps(design: Design): Overlap[] {
  const { absolute } = computeGeometry(design);
  const index = indexDesign(design);
  const out: Overlap[] = [];
  const check = (ids: string[]) => {
    const boxes = ids.flatMap((id) => {
      const b = absolute.get(id);
      return b ? [{ id, b }] : [];
    });
    // Sorted sweep on x: siblings rarely number more than a few dozen, but sites can be many.
    boxes.sort((p, q) => p.b.x - q.b.x);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j]!.b.x < boxes[i]!.b.x + boxes[i]!.b.w; j++) {
        if (intersects(boxes[i]!.b, boxes[j]!.b)) out.push({ kind: 'siblings', a: boxes[i]!.id, b: boxes[j]!.id });
      }
    }
  };
  check(design.sites.map((s) => s.id));
  for (const [containerId, children] of index.children) {
    const outer = absolute.get(containerId);
    if (!outer) continue;
    check(children.map((c) => c.id));
    for (const c of children) {
      const inner = absolute.get(c.id);
      if (!inner) continue;
      const inside = inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
      if (!inside) out.push({ kind: 'outside', a: c.id, b: containerId });
    }
  }
  return out;
}

/**
 * After an edit that adds elements or moves them to another container (a rule fix, an import step): each
 * new element goes to free space nearest where it was put, each element moved to another container to the
 * free space nearest that container's top-left (its old position meant nothing there); containers grow and
 * neighbours keep apart. Elements the edit did not add or move stay where they are. The same design when
 * nothing was added or moved.
 */
export function placeEdited(before: Design, after: Design): Design {
  if (after === before) return after;
  const old = indexDesign(before).byId;
  const added: string[] = [];
  const moved: string[] = [];
  for (const [id, { collection, element }] of indexDesign(after).byId) {
    if (collection === 'links') continue;
    const was = old.get(id);
    if (!was) added.push(id);
    else if (parentId(was.element) !== parentId(element)) moved.push(id);
  }
  if (added.length + moved.length === 0) return after;
  // Containers before what they hold: a new pool finds its place in the site before its servers fill it.
  const depth = (id: string) => ({ sites: 0, pools: 1, servers: 2 })[findElement(after, id)!.collection as 'sites'] ?? 1;
  const byDepth = (a: string, b: string) => depth(a) - depth(b);
  let next = settle(after, added.sort(byDepth));
  for (const id of moved.sort(byDepth)) {
    const found = findElement(next, id);
    const box = computeGeometry(next).relative.get(id);
    const container = found && parentId(found.element);
    if (!box || container === undefined) continue;
    const kind = findElement(next, container)?.collection === 'pools' ? 'pools' : 'sites';
    const { x0, y0 } = spacing(kind);
    const at = freePlacement(next, container, box, { x: x0, y: y0 }, new Set([id]));
    const saved: Placement | undefined = next.layout && Object.hasOwn(next.layout, id) ? next.layout[id] : undefined;
    next = setPlacements(next, { [id]: { ...saved, x: at.x, y: at.y } });
  }
  return separateAround(next, [...added, ...moved]);
}
