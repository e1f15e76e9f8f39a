/**
 * Where a link runs in an exported picture. A straight line when it crosses nothing; otherwise the least
 * crowded of a few bowed curves (quadratic Béziers), so a link between two pools in a row does not run
 * through the pools between them. Obstacles are looked up in a grid, so a large design stays fast.
 */
import type { Box } from '../layout/geometry';

export interface Point {
  x: number;
  y: number;
}

/** A quadratic Bézier from `start` to `end`; a straight link has its control point on the line. */
export interface Route {
  start: Point;
  control: Point;
  end: Point;
  straight: boolean;
}

const CELL = 128;
const SAMPLES = 20;
const BENDS = [0, 0.15, -0.15, 0.3, -0.3, 0.45, -0.45];
const MAX_BEND = 140;
/** A bowed route must avoid this many more crossings than a flatter one to be chosen. */
const BEND_PENALTY = 6;
const OUTSIDE_PENALTY = 20;

export class ObstacleGrid {
  private readonly cells = new Map<string, { id: string; box: Box }[]>();

  constructor(boxes: Iterable<[string, Box]>) {
    for (const [id, box] of boxes) {
      for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++) {
        for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++) {
          const key = `${cx},${cy}`;
          const list = this.cells.get(key);
          if (list) list.push({ id, box });
          else this.cells.set(key, [{ id, box }]);
        }
      }
    }
  }

  /** Whether the point is inside an obstacle other than the excluded ones. */
  hits(p: Point, exclude: ReadonlySet<string>): boolean {
    const list = this.cells.get(`${Math.floor(p.x / CELL)},${Math.floor(p.y / CELL)}`);
    return !!list?.some((o) => !exclude.has(o.id) && inside(o.box, p));
  }
}

function inside(b: Box, p: Point): boolean {
  return p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h;
}

export function pointAt(r: Pick<Route, 'start' | 'control' | 'end'>, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * r.start.x + 2 * u * t * r.control.x + t * t * r.end.x,
    y: u * u * r.start.y + 2 * u * t * r.control.y + t * t * r.end.y,
  };
}

/** Direction of travel at t. */
export function tangentAt(r: Route, t: number): Point {
  return {
    x: 2 * (1 - t) * (r.control.x - r.start.x) + 2 * t * (r.end.x - r.control.x),
    y: 2 * (1 - t) * (r.control.y - r.start.y) + 2 * t * (r.end.y - r.control.y),
  };
}

/**
 * The route between two boxes, from border to border. `offset` spreads parallel links between one pair;
 * `exclude` names the boxes the link may cross (its own ends and their containers); `area` is the drawing,
 * which curves stay inside.
 */
export function routeBetween(
  a: Box,
  b: Box,
  offset: number,
  grid: ObstacleGrid,
  exclude: ReadonlySet<string>,
  area: Box,
): Route {
  const ca = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const cb = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const length = Math.hypot(cb.x - ca.x, cb.y - ca.y) || 1;
  // One normal for the pair whichever way each link points, so parallel links spread to both sides.
  const flip = ca.x + ca.y <= cb.x + cb.y ? 1 : -1;
  const normal = { x: (-(cb.y - ca.y) / length) * flip, y: ((cb.x - ca.x) / length) * flip };
  const start = { x: ca.x + normal.x * offset, y: ca.y + normal.y * offset };
  const end = { x: cb.x + normal.x * offset, y: cb.y + normal.y * offset };
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };

  let best: { route: Route; cost: number } | undefined;
  for (const bend of BENDS) {
    const sag = Math.sign(bend) * Math.min(Math.abs(bend) * length, MAX_BEND);
    // A control point twice the sagitta away puts the curve's middle at the sagitta.
    const control = { x: mid.x + normal.x * sag * 2, y: mid.y + normal.y * sag * 2 };
    const full: Route = { start, control, end, straight: bend === 0 };
    const clipped = clip(full, a, b);
    const cost = crossings(clipped, grid, exclude, area) + Math.abs(bend) * BEND_PENALTY;
    if (!best || cost < best.cost) best = { route: clipped, cost };
    if (cost === 0) break;
  }
  return best!.route;
}

/** Samples that fall on other elements, and (far worse) outside the drawing area. */
function crossings(route: Route, grid: ObstacleGrid, exclude: ReadonlySet<string>, area: Box): number {
  let n = 0;
  for (let i = 1; i < SAMPLES; i++) {
    const p = pointAt(route, i / SAMPLES);
    if (!inside(area, p)) n += OUTSIDE_PENALTY;
    else if (grid.hits(p, exclude)) n++;
  }
  return n;
}

/** The part of the curve outside both end boxes. */
function clip(route: Route, a: Box, b: Box): Route {
  const t0 = lastInside(route, a, 0, 1);
  const t1 = 1 - lastInside(reverse(route), b, 0, 1);
  if (t1 <= t0) return { ...route, start: pointAt(route, t0), control: pointAt(route, t0), end: pointAt(route, t0) };
  const p0 = route.start, p1 = route.control, p2 = route.end;
  // The sub-curve on [t0, t1] by blossoming: its control point is B(t0, t1).
  const blossom = (k: 'x' | 'y') => (1 - t0) * (1 - t1) * p0[k] + ((1 - t0) * t1 + t0 * (1 - t1)) * p1[k] + t0 * t1 * p2[k];
  return { start: pointAt(route, t0), control: { x: blossom('x'), y: blossom('y') }, end: pointAt(route, t1), straight: route.straight };
}

function reverse(r: Route): Route {
  return { start: r.end, control: r.control, end: r.start, straight: r.straight };
}

/** The t where the curve, starting inside the box, leaves it (binary search; curves here leave once). */
function lastInside(route: Route, box: Box, lo: number, hi: number): number {
  if (inside(box, pointAt(route, hi))) return hi;
  for (let i = 0; i < 24; i++) {
    const t = (lo + hi) / 2;
    if (inside(box, pointAt(route, t))) lo = t;
    else hi = t;
  }
  return hi;
}
