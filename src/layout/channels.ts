/**
 * Fanning apart links that run along one channel. Routes are found pair by pair (router.ts), so two links
 * leaving one pool the same way, or passing through the same gap, can come out on the very same line for a
 * stretch, and the eye cannot tell where each goes. This pass moves one of two such segments sideways by a
 * lane, to a line nothing else uses over that stretch, as long as the route still crosses no box, keeps its
 * bends in order and still starts and ends on the same side of its elements. Pure, deterministic (routes in
 * document order: the earlier link keeps its line).
 */
import { runSteps, type Steps } from '../domain/steps';
import type { BoxIndex } from './box-index';
import type { Box } from './geometry';
import { segmentCrosses, type Point } from './orthogonal-path';

export interface ChannelRoute {
  id: string;
  /** Replaced (never mutated) when the route is moved. */
  points: Point[];
  from: Box;
  to: Box;
  /** Obstacle ids this route may cross (its ends and their containers). */
  allowed: ReadonlySet<string>;
}

interface Segment {
  route: number;
  /** Index of the segment's first point. */
  i: number;
  horizontal: boolean;
  lo: number;
  hi: number;
}

/** Overlaps shorter than this (two links meeting at a corner) are not a shared channel. */
const MIN_SHARED = 2;
/** A moved end stays this far from its box's corners. */
const CORNER = 6;
const ROUNDS = 4;

/** The line a segment lies on, to half a pixel; a number, not a string: keys are made for every segment of every round. */
const lineKey = (horizontal: boolean, at: number) => Math.round(at * 2) * 2 + (horizontal ? 1 : 0);

function segmentsOf(points: readonly Point[], route: number): Segment[] | undefined {
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!, q = points[i + 1]!;
    const horizontal = p.y === q.y;
    if (!horizontal && p.x !== q.x) return undefined; // a fallback diagonal: leave such a route alone
    const [a, b] = horizontal ? [p.x, q.x] : [p.y, q.y];
    if (a !== b) out.push({ route, i, horizontal, lo: Math.min(a, b), hi: Math.max(a, b) });
  }
  return out;
}

const overlap = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo);

/** Whether an end point still lies on the side of its box it left from, clear of the corners. */
function onSide(p: Point, box: Box, horizontal: boolean): boolean {
  return horizontal ? p.y >= box.y + CORNER && p.y <= box.y + box.h - CORNER : p.x >= box.x + CORNER && p.x <= box.x + box.w - CORNER;
}

/** Moves shared segments of `routes` apart, in place (each moved route gets a new points array). */
export function fanChannels(routes: ChannelRoute[], obstacles: BoxIndex, gap: number): void {
  runSteps(fanChannelsSteps(routes, obstacles, gap));
}

interface RouteMemo {
  points: readonly Point[];
  segments: Segment[] | undefined;
  /** By segment index and lane: whether the moved segment and its neighbours cross a box. */
  crossings: Map<number, boolean>;
}

/** Segment pairs looked at between two yields of fanChannelsSteps; trying to move a segment counts as many. */
const PAIRS_PER_STEP = 256;
const SHIFT_COST = 16;

/**
 * fanChannels in steps (domain/steps.ts), for routing in short tasks (router.ts routingJob): on a large
 * design one pass over every channel was the longest task of a routing, seconds at 6,000 links.
 */
/** `everyLine`: run every round over every line (what skipping settled lines must equal; for tests). */
export function* fanChannelsSteps(routes: ChannelRoute[], obstacles: BoxIndex, gap: number, everyLine = false): Steps<void> {
  let looked = 0;
  // Per route while its points stay the same: its segments (never changed once made), and whether moving
  // a segment by a lane crosses a box (that depends on the route and the boxes only, so it is tested once,
  // not again in each round the segment stays stuck).
  const known: RouteMemo[] = [];
  // From the second round: the lines the last round's moves cannot have changed anything on.
  let settled: ((group: readonly Segment[]) => boolean) | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const lines = new Map<number, Segment[]>();
    yield;
    // A route's segments are listed again only when it moved (segments are never changed once made).
    for (let n = 0; n < routes.length; n++) {
      const points = routes[n]!.points;
      if (known[n]?.points !== points) known[n] = { points, segments: segmentsOf(points, n), crossings: new Map() };
      const list = known[n]!.segments;
      if (!list) continue;
      for (const s of list) {
        const key = lineKey(s.horizontal, s.horizontal ? points[s.i]!.y : points[s.i]!.x);
        const group = lines.get(key);
        if (group) group.push(s);
        else lines.set(key, [s]);
      }
    }
    // A route moved in this round has stale segments in `lines`: it waits for the next round.
    const moved = new Set<number>();
    // A segment that found no free line cannot find one later in the round (lines only fill up), so it
    // is not tried again for each further partner: on a busy line that was most of the routing time.
    const stuck = new Set<Segment>();
    for (const group of [...lines.values()]) {
      if (settled && settled(group)) continue;
      group.sort((a, b) => a.lo - b.lo || a.route - b.route);
      for (let x = 0; x < group.length; x++) {
        for (let y = x + 1; y < group.length && group[y]!.lo < group[x]!.hi - MIN_SHARED; y++) {
          const a = group[x]!, b = group[y]!;
          if (++looked >= PAIRS_PER_STEP) {
            looked = 0;
            yield;
          }
          if (a.route === b.route || moved.has(a.route) || moved.has(b.route) || overlap(a, b) <= MIN_SHARED) continue;
          const mover = a.route > b.route ? a : b;
          if (stuck.has(mover)) continue;
          looked += SHIFT_COST;
          if (shift(routes, mover, lines, obstacles, gap, known[mover.route]!.crossings)) moved.add(mover.route);
          else stuck.add(mover);
        }
      }
    }
    if (moved.size === 0) return;
    if (!everyLine) settled = settledAfter(routes, known, moved, gap);
  }
}

/**
 * After a round, which lines the next round can leave alone: those more than three lanes from every line a
 * route moved in the round was on or is on now (so no segment of a moved route is on them). Every pair there
 * meets what it met in this round (the same segments, the same free lines or fewer, the same boxes), so it
 * would move nothing again; skipping those lines gives the very routes the full round gives, at a fraction
 * of the work (most lines of a 10,000-element design are settled after the first round).
 */
function settledAfter(routes: readonly ChannelRoute[], known: readonly RouteMemo[], moved: ReadonlySet<number>, gap: number): (group: readonly Segment[]) => boolean {
  const reach = 3 * gap + 1;
  const touched = { h: [] as number[], v: [] as number[] };
  const take = (points: readonly Point[]) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const p = points[i]!, q = points[i + 1]!;
      if (p.y === q.y) touched.h.push(p.y);
      else if (p.x === q.x) touched.v.push(p.x);
    }
  };
  for (const n of moved) {
    take(known[n]!.points); // where it was at the round's start
    take(routes[n]!.points); // where it is now
  }
  touched.h.sort((a, b) => a - b);
  touched.v.sort((a, b) => a - b);
  const near = (list: readonly number[], at: number) => {
    // The first coordinate >= at - reach, by bisection.
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < at - reach) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]! <= at + reach;
  };
  return (group) => {
    const first = group[0];
    if (!first) return true;
    const p = routes[first.route]!.points[first.i]!;
    return first.horizontal ? !near(touched.h, p.y) : !near(touched.v, p.x);
  };
}

function shift(
  routes: ChannelRoute[],
  s: Segment,
  lines: Map<number, Segment[]>,
  obstacles: BoxIndex,
  gap: number,
  crossings: Map<number, boolean>,
): boolean {
  const route = routes[s.route]!;
  const pts = route.points;
  const last = pts.length - 1;
  const h = s.horizontal;
  // Only the segment's two points move (across the segment); the candidates are tried without copying the
  // route, which was most of the garbage of a routing pass.
  const p0 = pts[s.i]!, p1 = pts[s.i + 1]!;
  const across = (p: Point) => (h ? p.y : p.x);
  const at0 = across(p0);
  const moved = (p: Point, at: number): Point => (h ? { x: p.x, y: at } : { x: at, y: p.y });
  // Bends keep their order: a neighbouring segment may get shorter, never vanish or turn back.
  const keepsDirection = (before: number, after: number) => Math.sign(before) === Math.sign(after) && Math.abs(after) >= MIN_SHARED;
  const lanes = [gap, -gap, 2 * gap, -2 * gap, 3 * gap, -3 * gap];
  for (let lane = 0; lane < lanes.length; lane++) {
    const at = at0 + lanes[lane]!;
    if (s.i > 0) {
      const prev = across(pts[s.i - 1]!);
      if (!keepsDirection(at0 - prev, at - prev)) continue;
    }
    if (s.i + 1 < last) {
      const after = across(pts[s.i + 2]!);
      if (!keepsDirection(after - at0, after - at)) continue;
    }
    const q0 = moved(p0, at), q1 = moved(p1, at);
    if (s.i === 0 && !onSide(q0, route.from, h)) continue;
    if (s.i + 1 === last && !onSide(q1, route.to, h)) continue;
    // The free-line test first: it is a lookup, the crossing test a walk over the boxes near the segments.
    const key = lineKey(h, at);
    const taken = lines.get(key);
    if (taken && taken.some((o) => o.route !== s.route && overlap(o, s) > MIN_SHARED)) continue;
    const crossing = (p: Point, q: Point) => {
      const span = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), w: Math.abs(q.x - p.x) + 1, h: Math.abs(q.y - p.y) + 1 };
      return obstacles.some(span, (o) => !route.allowed.has(o.id) && segmentCrosses(p, q, o.box));
    };
    const tested = s.i * lanes.length + lane;
    let crosses = crossings.get(tested);
    if (crosses === undefined) {
      crosses = (s.i > 0 && crossing(pts[s.i - 1]!, q0)) || crossing(q0, q1) || (s.i + 1 < last && crossing(q1, pts[s.i + 2]!));
      crossings.set(tested, crosses);
    }
    if (crosses) continue;
    route.points = pts.map((p, k) => (k === s.i ? q0 : k === s.i + 1 ? q1 : { x: p.x, y: p.y }));
    // Taken now: later moves in this round keep off it.
    if (taken) taken.push(s);
    else lines.set(key, [{ ...s }]);
    return true;
  }
  return false;
}
