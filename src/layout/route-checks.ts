/**
 * Measures of how well the diagram reads, for tests and the bench: labels that cover an element, a site's
 * name or another label, and route segments that run through an element the link does not join.
 */
import type { Design } from '../domain/design';
import { indexDesign } from '../domain/queries';
import { BoxIndex, intersects } from './box-index';
import type { Box, Geometry } from './geometry';
import { segmentCrosses, type Point } from './orthogonal-path';
import { obstacleBoxes, routeDesign, siteHeaderBoxes } from './router';

export interface LabelCollisions {
  /** Label over an element box or a site's name. */
  labelBox: number;
  /** Two labels over each other (each pair once). */
  labelLabel: number;
}

/** How many labels cover something they should not, for the design's own routing. */
export function labelCollisions(design: Design, geometry: Geometry): LabelCollisions {
  const routing = routeDesign(design, geometry);
  const solid = new BoxIndex([...obstacleBoxes(design, geometry), ...siteHeaderBoxes(design, geometry)]);
  const labels = [...routing.links.values()].flatMap((r) => (r.label ? [{ id: r.link.id, box: r.label as Box }] : []));
  let labelBox = 0;
  let labelLabel = 0;
  const index = new BoxIndex(labels);
  for (const l of labels) {
    labelBox += solid.intersecting(l.box).length;
    for (const other of index.intersecting(l.box)) if (other.id > l.id && intersects(other.box, l.box)) labelLabel++;
  }
  return { labelBox, labelLabel };
}

/** Route segments that enter an element box other than the link's own ends (each link and box once). */
export function routeCrossings(design: Design, geometry: Geometry): { link: string; box: string }[] {
  const routing = routeDesign(design, geometry);
  const index = indexDesign(design);
  const solid = new BoxIndex(obstacleBoxes(design, geometry));
  const out: { link: string; box: string }[] = [];
  for (const r of routing.links.values()) {
    const ends = new Set([r.link.from, r.link.to]);
    for (const id of [r.link.from, r.link.to]) {
      const found = index.byId.get(id);
      if (found && 'poolId' in found.element) ends.add(found.element.poolId as string);
    }
    const hit = new Set<string>();
    for (let i = 0; i + 1 < r.points.length; i++) {
      const p = r.points[i]!, q = r.points[i + 1]!;
      const span = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), w: Math.abs(q.x - p.x) + 1, h: Math.abs(q.y - p.y) + 1 };
      for (const o of solid.near(span)) if (!ends.has(o.id) && segmentCrosses(p, q, o.box)) hit.add(o.id);
    }
    for (const box of hit) out.push({ link: r.link.id, box });
  }
  return out;
}

/** Overlap length of two axis-parallel segments on one line (0 when not collinear or only touching). */
function sharedLength(p: Point, q: Point, r: Point, s: Point): number {
  const eps = 0.5;
  if (Math.abs(p.y - q.y) < eps && Math.abs(r.y - s.y) < eps && Math.abs(p.y - r.y) < eps) {
    return Math.min(Math.max(p.x, q.x), Math.max(r.x, s.x)) - Math.max(Math.min(p.x, q.x), Math.min(r.x, s.x));
  }
  if (Math.abs(p.x - q.x) < eps && Math.abs(r.x - s.x) < eps && Math.abs(p.x - r.x) < eps) {
    return Math.min(Math.max(p.y, q.y), Math.max(r.y, s.y)) - Math.max(Math.min(p.y, q.y), Math.min(r.y, s.y));
  }
  return 0;
}

/**
 * Pairs of links whose routes run along one channel (a stretch of one line longer than `min`), where the eye
 * cannot tell one from the other. Each pair once.
 */
export function sharedSegments(design: Design, geometry: Geometry, min = 2): { a: string; b: string; length: number }[] {
  const routes = [...routeDesign(design, geometry).links.values()];
  const out: { a: string; b: string; length: number }[] = [];
  for (let i = 0; i < routes.length; i++) {
    for (let j = i + 1; j < routes.length; j++) {
      const a = routes[i]!.points, b = routes[j]!.points;
      let longest = 0;
      for (let m = 0; m + 1 < a.length; m++) {
        for (let n = 0; n + 1 < b.length; n++) longest = Math.max(longest, sharedLength(a[m]!, a[m + 1]!, b[n]!, b[n + 1]!));
      }
      if (longest > min) out.push({ a: routes[i]!.link.id, b: routes[j]!.link.id, length: Math.round(longest) });
    }
  }
  return out;
}
