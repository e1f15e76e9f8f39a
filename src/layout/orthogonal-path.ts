/**
 * One orthogonal route between two boxes that avoids a set of obstacle boxes: A* over a sparse grid whose
 * lines run a clearance away from every obstacle (so, between two elements laid out with the usual gap, down
 * the middle of the channel), with a cost per bend so routes stay simple. Pure.
 */
import type { Box } from './geometry';

export interface Point {
  x: number;
  y: number;
}

/** Grid lines run this far from obstacles, so a route keeps clear of the elements it passes. */
export const CLEARANCE = 24;
/** A route may pass this close to an obstacle and no closer. */
const BLOCK = 6;
const BEND_COST = 40;

type Dir = 0 | 1 | 2 | 3; // +x, -x, +y, -y
const DX = [1, -1, 0, 0] as const;
const DY = [0, 0, 1, -1] as const;
const REVERSE: readonly Dir[] = [1, 0, 3, 2];

interface Port {
  border: Point;
  exit: Point;
  /** Direction out of the box. */
  out: Dir;
}

function portsOf(b: Box): Port[] {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  return [
    { border: { x: b.x + b.w, y: cy }, exit: { x: b.x + b.w + CLEARANCE, y: cy }, out: 0 },
    { border: { x: b.x, y: cy }, exit: { x: b.x - CLEARANCE, y: cy }, out: 1 },
    { border: { x: cx, y: b.y + b.h }, exit: { x: cx, y: b.y + b.h + CLEARANCE }, out: 2 },
    { border: { x: cx, y: b.y }, exit: { x: cx, y: b.y - CLEARANCE }, out: 3 },
  ];
}

/** Whether an axis-parallel segment enters the interior of a box. */
export function segmentCrosses(p: Point, q: Point, b: Box): boolean {
  const x1 = Math.min(p.x, q.x), x2 = Math.max(p.x, q.x);
  const y1 = Math.min(p.y, q.y), y2 = Math.max(p.y, q.y);
  if (x1 === x2) return x1 > b.x && x1 < b.x + b.w && y1 < b.y + b.h && y2 > b.y;
  if (y1 === y2) return y1 > b.y && y1 < b.y + b.h && x1 < b.x + b.w && x2 > b.x;
  // Not axis-parallel (never produced here): test by sampling, conservatively.
  for (let i = 0; i <= 16; i++) {
    const x = p.x + ((q.x - p.x) * i) / 16, y = p.y + ((q.y - p.y) * i) / 16;
    if (x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h) return true;
  }
  return false;
}

function blockedBy(p: Point, q: Point, obstacles: readonly Box[]): boolean {
  return obstacles.some((o) => segmentCrosses(p, q, o));
}

/** A straight link between facing sides, when the boxes overlap enough on one axis and nothing is between. */
function straight(a: Box, b: Box, obstacles: readonly Box[]): Point[] | undefined {
  const top = Math.max(a.y, b.y), bottom = Math.min(a.y + a.h, b.y + b.h);
  if (bottom - top >= 12) {
    const y = Math.round((top + bottom) / 2);
    const [l, r] = a.x + a.w <= b.x ? [a.x + a.w, b.x] : b.x + b.w <= a.x ? [a.x, b.x + b.w] : [NaN, NaN];
    if (!Number.isNaN(l)) {
      const path = [{ x: l, y }, { x: r, y }];
      if (!blockedBy(path[0]!, path[1]!, obstacles)) return a.x < b.x ? path : path.reverse();
    }
  }
  const left = Math.max(a.x, b.x), right = Math.min(a.x + a.w, b.x + b.w);
  if (right - left >= 12) {
    const x = Math.round((left + right) / 2);
    const [t, u] = a.y + a.h <= b.y ? [a.y + a.h, b.y] : b.y + b.h <= a.y ? [a.y, b.y + b.h] : [NaN, NaN];
    if (!Number.isNaN(t)) {
      const path = [{ x, y: t }, { x, y: u }];
      if (!blockedBy(path[0]!, path[1]!, obstacles)) return a.y < b.y ? path : path.reverse();
    }
  }
  return undefined;
}

function uniqueSorted(values: number[]): number[] {
  const sorted = values.map((v) => Math.round(v * 2) / 2).sort((p, q) => p - q);
  return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
}

/** A small binary min-heap of (priority, value). */
class Heap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, value: number): void {
    const k = this.keys, v = this.values;
    let i = k.length;
    k.push(key);
    v.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (k[parent]! <= key) break;
      k[i] = k[parent]!;
      v[i] = v[parent]!;
      i = parent;
    }
    k[i] = key;
    v[i] = value;
  }
  pop(): number {
    const k = this.keys, v = this.values;
    const top = v[0]!;
    const lastKey = k.pop()!, lastValue = v.pop()!;
    if (k.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        let mk = lastKey;
        if (l < k.length && k[l]! < mk) {
          m = l;
          mk = k[l]!;
        }
        if (r < k.length && k[r]! < mk) m = r;
        if (m === i) break;
        k[i] = k[m]!;
        v[i] = v[m]!;
        i = m;
      }
      k[i] = lastKey;
      v[i] = lastValue;
    }
    return top;
  }
}

/** Drop repeated points and points in the middle of a straight run. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/**
 * The route from a's border to b's border, as corner points, avoiding `obstacles` (which must not include a
 * or b). Undefined when no route exists within the obstacles' grid.
 */
export function orthogonalPath(a: Box, b: Box, obstacles: readonly Box[]): Point[] | undefined {
  const direct = straight(a, b, obstacles);
  if (direct) return direct;
  const blocks = [...obstacles, a, b].map((o) => ({ x: o.x - BLOCK, y: o.y - BLOCK, w: o.w + 2 * BLOCK, h: o.h + 2 * BLOCK }));
  const startPorts = portsOf(a).filter((p) => !blocks.some((o) => inside(p.exit, o)));
  const endPorts = portsOf(b).filter((p) => !blocks.some((o) => inside(p.exit, o)));
  if (startPorts.length === 0 || endPorts.length === 0) return undefined;

  const xsRaw: number[] = [];
  const ysRaw: number[] = [];
  for (const o of [...obstacles, a, b]) {
    xsRaw.push(o.x - CLEARANCE, o.x + o.w + CLEARANCE);
    ysRaw.push(o.y - CLEARANCE, o.y + o.h + CLEARANCE);
  }
  for (const p of [...startPorts, ...endPorts]) {
    xsRaw.push(p.exit.x);
    ysRaw.push(p.exit.y);
  }
  const xs = uniqueSorted(xsRaw);
  const ys = uniqueSorted(ysRaw);
  const nx = xs.length, ny = ys.length;
  const indexOf = (list: number[], v: number) => list.indexOf(Math.round(v * 2) / 2);
  const node = (i: number, j: number) => i * ny + j;
  const pointOf = (n: number): Point => ({ x: xs[Math.floor(n / ny)]!, y: ys[n % ny]! });

  const steps = blockedSteps(xs, ys, blocks);
  const stepBlocked = (i: number, j: number, d: Dir): boolean =>
    d === 0 ? steps.h[j * (nx - 1) + i] === 1 : d === 1 ? steps.h[j * (nx - 1) + i - 1] === 1 : d === 2 ? steps.v[i * (ny - 1) + j] === 1 : steps.v[i * (ny - 1) + j - 1] === 1;

  const goals = new Map<number, Port>();
  for (const p of endPorts) goals.set(node(indexOf(xs, p.exit.x), indexOf(ys, p.exit.y)), p);
  const goalPoints = endPorts.map((p) => p.exit);
  const h = (n: number) => {
    const p = pointOf(n);
    let best = Infinity;
    for (const g of goalPoints) best = Math.min(best, Math.abs(g.x - p.x) + Math.abs(g.y - p.y));
    return best;
  };

  const states = nx * ny * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const from = new Int32Array(states).fill(-1);
  const heap = new Heap();
  const startOf = new Map<number, Port>();
  for (const p of startPorts) {
    const n = node(indexOf(xs, p.exit.x), indexOf(ys, p.exit.y));
    const s = n * 4 + p.out;
    cost[s] = CLEARANCE;
    startOf.set(s, p);
    heap.push(CLEARANCE + h(n), s);
  }
  let reached = -1;
  let reachedCost = Infinity;
  // Each state is expanded once: the heuristic is consistent (Manhattan distance to the nearest goal, never
  // more than a step costs), so the first time a state leaves the heap its cost is final. Without this,
  // stale heap entries were expanded again and again.
  const closed = new Uint8Array(states);
  while (heap.size > 0) {
    const s = heap.pop();
    if (closed[s] === 1) continue;
    closed[s] = 1;
    const n = s >> 2;
    const d = (s & 3) as Dir;
    const g = cost[s]!;
    if (g >= reachedCost) break;
    const goal = goals.get(n);
    if (goal) {
      // Arriving against the port's outward direction is straight in; anything else costs a bend.
      const total = g + CLEARANCE + (d === REVERSE[goal.out] ? 0 : BEND_COST);
      if (total < reachedCost) {
        reachedCost = total;
        reached = s;
      }
    }
    const i = Math.floor(n / ny), j = n % ny;
    for (let k = 0; k < 4; k++) {
      const nd = k as Dir;
      if (nd === REVERSE[d]) continue;
      const ni = i + DX[nd], nj = j + DY[nd];
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      if (stepBlocked(i, j, nd)) continue;
      const m = node(ni, nj);
      const t = m * 4 + nd;
      if (closed[t] === 1) continue;
      const step = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const ng = g + step + (nd === d ? 0 : BEND_COST);
      if (ng < cost[t]!) {
        cost[t] = ng;
        from[t] = s;
        heap.push(ng + h(m), t);
      }
    }
  }
  if (reached < 0) return undefined;
  const chain: number[] = [];
  for (let s = reached; s >= 0; s = from[s]!) chain.push(s);
  chain.reverse();
  const start = startOf.get(chain[0]!)!;
  const end = goals.get(reached >> 2)!;
  return simplify([start.border, ...chain.map((s) => pointOf(s >> 2)), end.border]);
}

/**
 * Which grid steps enter a block, marked once per block over the grid lines it covers (the same test as
 * segmentCrosses): testing each step against every block made A* cost grow with the square of the
 * obstacles around long links. h[j * (nx - 1) + i]: the step from column i to i + 1 on row j; v likewise.
 */
export function blockedSteps(xs: readonly number[], ys: readonly number[], blocks: readonly Box[]): { h: Uint8Array; v: Uint8Array } {
  const nx = xs.length, ny = ys.length;
  const h = new Uint8Array(Math.max(0, nx - 1) * ny);
  const v = new Uint8Array(nx * Math.max(0, ny - 1));
  for (const b of blocks) {
    // Rows strictly inside the block's height; steps whose span meets the block's width (interiors).
    const rowFrom = firstAbove(ys, b.y), rowTo = firstAtLeast(ys, b.y + b.h);
    const stepFrom = Math.max(0, firstAbove(xs, b.x) - 1), stepTo = Math.min(nx - 1, firstAtLeast(xs, b.x + b.w));
    for (let j = rowFrom; j < rowTo; j++) for (let i = stepFrom; i < stepTo; i++) h[j * (nx - 1) + i] = 1;
    const colFrom = firstAbove(xs, b.x), colTo = firstAtLeast(xs, b.x + b.w);
    const vFrom = Math.max(0, firstAbove(ys, b.y) - 1), vTo = Math.min(ny - 1, firstAtLeast(ys, b.y + b.h));
    for (let i = colFrom; i < colTo; i++) for (let j = vFrom; j < vTo; j++) v[i * (ny - 1) + j] = 1;
  }
  return { h, v };
}

/** Index of the first value > x in an ascending list (its length when none). */
function firstAbove(list: readonly number[], x: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first value >= x in an ascending list (its length when none). */
function firstAtLeast(list: readonly number[], x: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function inside(p: Point, b: Box): boolean {
  return p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h;
}
