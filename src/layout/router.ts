/**
 * The one link router, shared by the canvas and the exported pictures: every link gets an orthogonal route
 * that avoids the boxes of the elements it does not join, links between the same two elements run side by
 * side (fanned apart), links of different pairs move a lane apart where they would share a line (channels.ts),
 * and each label gets a place where it covers no element and no other label (label-placement.ts). Pure; results are memoised per geometry and per link pair, so moving one element
 * re-routes only the links near it.
 */
import type { Design } from '../domain/design';
import type { Link } from '../domain/elements/link';
import { LINK_LABELS } from '../domain/labels';
import { jobOf } from '../domain/steps';
import { BoxIndex, inflate, type IndexedBox } from './box-index';
import type { Box, Geometry } from './geometry';
import { fanChannelsSteps, type ChannelRoute } from './channels';
import { placeLabelsSteps, type LabelBox } from './label-placement';
import { orthogonalPath, simplify, type Point } from './orthogonal-path';
import { routingInput, type RoutingInput } from './routing-input';

export type { Point } from './orthogonal-path';
export type { LabelBox } from './label-placement';
export { obstacleBoxes, routingInput, siteHeaderBoxes, type RoutingInput } from './routing-input';

export interface RoutedLink {
  link: Link;
  /** Corner points from the `from` element's border to the `to` element's border. */
  points: Point[];
  /** Where the label sits (absolute), or undefined when the link is too short to hold one. */
  label: LabelBox | undefined;
  text: string;
}

export interface Routing {
  readonly links: ReadonlyMap<string, RoutedLink>;
  /** Everything the routes and labels cover, to size pictures. */
  readonly bounds: Box;
}

/** Gap between links that join the same two elements. */
export const LANE_GAP = 10;
/** How far around a pair obstacles are considered before falling back to the whole design. */
const REGION = 320;
/** The wider search's reach, when nothing near gives a route. */
const WIDE = REGION * 4;

export function linkText(link: Link): string {
  return link.name?.trim() ? link.name : LINK_LABELS[link.kind];
}

// Keyed by the links list rather than the design: a rename or a property edit keeps both, and the routes.
const cache = new WeakMap<Geometry, WeakMap<readonly Link[], Routing>>();
/** Routes of one pair keyed by everything they depend on; survives edits that do not touch the pair. */
const pairMemo = new Map<string, { rel: Point[]; wide: boolean }>();
const PAIR_MEMO_LIMIT = 20_000;
/**
 * The last route of each pair with what it was routed among, compared box by box: a move or its undo at
 * 10,000 elements leaves almost every pair's surroundings as they were, and building the memo key above
 * for every pair was most of routing such a step again.
 */
const pairLast = new Map<string, PairLast>();
interface PairLast {
  a: Box;
  b: Box;
  skip: ReadonlySet<string>;
  near: readonly IndexedBox[];
  path: Point[];
  /** Found by the wider search, so it depends on boxes beyond `near`. */
  wide: boolean;
  /** The routing pass that last found these inputs unchanged. */
  pass: number;
}
/**
 * The obstacle boxes of the last routing pass that routed every pair, by id: the next pass lists the boxes
 * that moved since, and a pair last confirmed in that pass whose region meets none of them keeps its route
 * without listing its surroundings again (an undo step at 10,000 elements moves a handful of boxes).
 */
let lastGrid: { pass: number; boxes: ReadonlyMap<string, Box> } | undefined;
let passes = 0;
/** Beyond this many moved boxes, each pair compares its surroundings itself. */
const FEW_MOVED = 256;
const sameBox = (p: Box, q: Box) => p === q || (p.x === q.x && p.y === q.y && p.w === q.w && p.h === q.h);
const HEADER = '\u0000header';

export function routeDesign(design: Design, geometry: Geometry): Routing {
  const hit = routedAlready(design, geometry);
  if (hit) return hit;
  const job = routingJob(design, geometry);
  let done: Routing | undefined;
  while (!(done = job.step(Infinity))) {
    /* run to the end */
  }
  return done;
}

/** The routing of this design and geometry if it has been computed (and is still cached), else undefined. */
export function routedAlready(design: Design, geometry: Geometry): Routing | undefined {
  return cache.get(geometry)?.get(design.links);
}

export interface RoutingJob {
  /**
   * Work for about `budgetMs` (measured with `now`), then return: the routing when it is complete (it is
   * then cached as routeDesign's result), else undefined. Lets a caller spread a large design's routing
   * over many short tasks, so the page keeps answering input.
   */
  step(budgetMs: number, now?: () => number): Routing | undefined;
}

/** The same routing as routeDesign, computed in steps (see RoutingJob). */
export function routingJob(design: Design, geometry: Geometry): RoutingJob {
  let result: Routing | undefined = routedAlready(design, geometry);
  const job = jobOf(routingSteps(routingInput(design, geometry)));
  return {
    step(budgetMs, now = () => Date.now()) {
      if (result) return result;
      const done = job.step(budgetMs, now);
      if (!done) return undefined;
      keepRouting(design, geometry, (result = done.value));
      return result;
    },
  };
}

/** Remember a routing of this design and geometry computed elsewhere (the routing worker): routedAlready finds it. */
export function keepRouting(design: Design, geometry: Geometry, routing: Routing): void {
  let byLinks = cache.get(geometry);
  if (!byLinks) cache.set(geometry, (byLinks = new WeakMap()));
  byLinks.set(design.links, routing);
}

/**
 * The routing of `input`, yielding after each pair routed and each label placed. The same steps whether
 * they run here (routeDesign, routingJob) or in the routing worker, so both give the same picture.
 */
export function* routingSteps(input: RoutingInput): Generator<void, Routing> {
  const { obstacles, headers, ends: boxes, parents } = input;
  // Routes keep off site names too (so their labels do), unless the link ends at that site.
  const gridBoxes = [...obstacles, ...headers.map((h) => ({ id: `${h.id}${HEADER}`, box: h.box }))];
  const grid = new BoxIndex(gridBoxes);
  // Indexing every box of a large design is a task's worth of work by itself.
  yield;
  const since = lastGrid;
  const now = { pass: ++passes, boxes: new Map(gridBoxes.map((o) => [o.id, o.box])) };
  const moved = since && movedBetween(since.boxes, now.boxes);
  const unchanged = since && moved ? { pass: since.pass, moved } : undefined;
  yield;

  const pairs = new Map<string, Link[]>();
  for (const link of input.links) {
    if (!boxes.has(link.from) || !boxes.has(link.to)) continue;
    const key = pairKey(link);
    const list = pairs.get(key);
    if (list) list.push(link);
    else pairs.set(key, [link]);
  }

  const routed = new Map<string, RoutedLink>();
  for (const links of pairs.values()) {
    const first = links[0]!;
    const [lo, hi] = first.from < first.to ? [first.from, first.to] : [first.to, first.from];
    const base = routePair(lo, hi, boxes, grid, parents, now.pass, unchanged);
    links.forEach((link, i) => {
      const lane = (i - (links.length - 1) / 2) * LANE_GAP;
      const shifted = lane === 0 ? base : offsetPath(base, lane);
      const points = link.from === lo ? shifted : [...shifted].reverse();
      routed.set(link.id, { link, points, label: undefined, text: linkText(link) });
    });
    yield;
  }
  lastGrid = now;
  // Labels in document order, so the same design always gets the same picture.
  const ordered = input.links.map((l) => routed.get(l.id)).filter((r): r is RoutedLink => !!r);
  // Links of different pairs that came out on one line for a stretch move a lane apart (channels.ts).
  const channels: ChannelRoute[] = ordered.map((r) => {
    const ends = allowed(parents, [r.link.from, r.link.to]);
    ends.add(`${r.link.from}${HEADER}`);
    ends.add(`${r.link.to}${HEADER}`);
    return { id: r.link.id, points: r.points, from: boxes.get(r.link.from)!, to: boxes.get(r.link.to)!, allowed: ends };
  });
  yield* fanChannelsSteps(channels, grid, LANE_GAP);
  yield;
  channels.forEach((c, i) => (ordered[i]!.points = c.points));
  const labels = yield* placeLabelsSteps(ordered, [...obstacles, ...headers], input.bounds);
  for (const r of ordered) r.label = labels.get(r.link.id);
  return { links: routed, bounds: extent(ordered) };
}

function pairKey(link: Link): string {
  return link.from < link.to ? `${link.from}\u0000${link.to}` : `${link.to}\u0000${link.from}`;
}

/** The elements a route may cross: its two ends and the containers they sit in. */
function allowed(parents: ReadonlyMap<string, string>, ids: string[]): Set<string> {
  const out = new Set<string>();
  for (const start of ids) {
    for (let at: string | undefined = start; at !== undefined && !out.has(at); at = parents.get(at)) out.add(at);
  }
  return out;
}

/** Old and new places of the boxes that differ between two passes; undefined when there are many. */
function movedBetween(before: ReadonlyMap<string, Box>, after: ReadonlyMap<string, Box>): BoxIndex | undefined {
  const moved: IndexedBox[] = [];
  for (const [id, box] of after) {
    const old = before.get(id);
    if (old && sameBox(old, box)) continue;
    moved.push({ id, box });
    if (old) moved.push({ id, box: old });
    if (moved.length > FEW_MOVED) return undefined;
  }
  for (const [id, box] of before) {
    if (after.has(id)) continue;
    moved.push({ id, box });
    if (moved.length > FEW_MOVED) return undefined;
  }
  return new BoxIndex(moved);
}

const sameSet = (p: ReadonlySet<string>, q: ReadonlySet<string>) => p.size === q.size && [...p].every((x) => q.has(x));

function routePair(
  lo: string,
  hi: string,
  boxes: ReadonlyMap<string, Box>,
  grid: BoxIndex,
  parents: ReadonlyMap<string, string>,
  pass: number,
  unchanged: { pass: number; moved: BoxIndex } | undefined,
): Point[] {
  const a = boxes.get(lo)!;
  const b = boxes.get(hi)!;
  const skip = allowed(parents, [lo, hi]);
  skip.add(`${lo}${HEADER}`);
  skip.add(`${hi}${HEADER}`);
  const around = (by: number) => {
    const x = Math.min(a.x, b.x) - by, y = Math.min(a.y, b.y) - by;
    return { x, y, w: Math.max(a.x + a.w, b.x + b.w) + by - x, h: Math.max(a.y + a.h, b.y + b.h) + by - y };
  };
  const pair = `${lo}\u0000${hi}`;
  const last = pairLast.get(pair);
  const same = last && sameBox(last.a, a) && sameBox(last.b, b) && sameSet(last.skip, skip);
  // Nothing moved near the pair since the pass that last confirmed it: its surroundings are as they were.
  if (same && unchanged && last.pass === unchanged.pass && !unchanged.moved.any(around(last.wide ? WIDE : REGION))) {
    last.pass = pass;
    return last.path.map((p) => ({ x: p.x, y: p.y }));
  }
  const near = grid.intersecting(around(REGION)).filter((o) => !skip.has(o.id));
  if (same && !last.wide && last.near.length === near.length && last.near.every((o, i) => o.id === near[i]!.id && sameBox(o.box, near[i]!.box))) {
    last.pass = pass;
    return last.path.map((p) => ({ x: p.x, y: p.y }));
  }
  let wide = false;
  const remember = (path: Point[]) => {
    if (pairLast.size >= PAIR_MEMO_LIMIT) pairLast.clear();
    pairLast.set(pair, { a, b, skip, near, path: path.map((p) => ({ x: p.x, y: p.y })), wide, pass });
    return path;
  };
  // Keyed relative to a's corner: when a whole site moves aside (a neighbour grew), its links keep their
  // shape and are only translated, not searched again.
  const key = `${lo}\u0000${hi}|${boxKey(b, a)}|${a.w},${a.h}|${near.map((o) => `${o.id}:${boxKey(o.box, a)}`).join(';')}`;
  const memo = pairMemo.get(key);
  // A route from the wider search depends on more than the key says: it is searched again.
  if (memo && !memo.wide) return remember(memo.rel.map((p) => ({ x: p.x + a.x, y: p.y + a.y })));
  let path = orthogonalPath(a, b, near.map((o) => o.box));
  if (!path) {
    // A wider search: everything within reach, not just what is near.
    wide = true;
    const further = grid.intersecting(around(WIDE)).filter((o) => !skip.has(o.id));
    path = orthogonalPath(a, b, further.map((o) => o.box));
  }
  path ??= fallback(a, b);
  if (pairMemo.size >= PAIR_MEMO_LIMIT) pairMemo.clear();
  pairMemo.set(key, { rel: path.map((p) => ({ x: p.x - a.x, y: p.y - a.y })), wide });
  return remember(path);
}

function boxKey(b: Box, origin: Box): string {
  return `${b.x - origin.x},${b.y - origin.y},${b.w},${b.h}`;
}

/** No orthogonal route exists (boxes overlap or are walled in): a straight line between the centres. */
function fallback(a: Box, b: Box): Point[] {
  return [
    { x: a.x + a.w / 2, y: a.y + a.h / 2 },
    { x: b.x + b.w / 2, y: b.y + b.h / 2 },
  ];
}

/**
 * The same orthogonal route moved `by` to its left: each segment shifts along its normal, corners shift
 * along both, so lanes stay parallel all the way and start and end on the same sides of the boxes.
 */
export function offsetPath(points: readonly Point[], by: number): Point[] {
  if (points.length < 2) return [...points];
  const normals: Point[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!, q = points[i + 1]!;
    const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    normals.push({ x: -(q.y - p.y) / len, y: (q.x - p.x) / len });
  }
  const out: Point[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const before = normals[i - 1];
    const after = normals[i];
    // At a corner both segments' normals apply; at the ends, the one segment's.
    const corner = before && after && Math.abs(before.x * after.x + before.y * after.y) < 1e-6;
    const nx = corner ? before.x + after.x : (after ?? before)!.x;
    const ny = corner ? before.y + after.y : (after ?? before)!.y;
    out.push({ x: p.x + nx * by, y: p.y + ny * by });
  }
  return simplify(out);
}

function extent(routes: readonly RoutedLink[]): Box {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const take = (b: Box) => {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.w);
    maxY = Math.max(maxY, b.y + b.h);
  };
  for (const r of routes) {
    for (const p of r.points) take(inflate({ x: p.x, y: p.y, w: 0, h: 0 }, 8));
    if (r.label) take(r.label);
  }
  return minX === Infinity ? { x: 0, y: 0, w: 0, h: 0 } : { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

/** An SVG path through the corners with small rounded bends; the same string on the canvas and in pictures. */
export function pathData(points: readonly Point[], radius = 6): string {
  const r2 = (n: number) => String(Math.round(n * 100) / 100);
  if (points.length === 0) return '';
  let d = `M${r2(points[0]!.x)} ${r2(points[0]!.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += `L${r2(p.x)} ${r2(p.y)}`;
      break;
    }
    const prev = points[i - 1]!;
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    const a = { x: p.x - ((p.x - prev.x) / (inLen || 1)) * r, y: p.y - ((p.y - prev.y) / (inLen || 1)) * r };
    const b = { x: p.x + ((next.x - p.x) / (outLen || 1)) * r, y: p.y + ((next.y - p.y) / (outLen || 1)) * r };
    d += `L${r2(a.x)} ${r2(a.y)}Q${r2(p.x)} ${r2(p.y)} ${r2(b.x)} ${r2(b.y)}`;
  }
  return d;
}
