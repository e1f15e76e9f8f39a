/**
 * Routing requests as changes. Every request used to carry the whole RoutingInput: at 10,000 elements
 * about 0.5 MB of boxes and ids, structured-cloned on the page (several ms on the frame after an undo
 * step) and again in the worker before it could start. A step moves a handful of boxes, so the page sends
 * what differs from the input it sent last, and the worker applies that to the input it holds. Messages
 * between a page and its worker arrive in order, so both sides agree on "the last input" without ids.
 */
import type { Link } from '../../domain/elements/link';
import type { IndexedBox } from '../../layout/box-index';
import type { Box } from '../../layout/geometry';
import type { RoutingInput } from '../../layout/router';

/** Entries of a map that are new or differ, and the keys gone from it. */
export interface MapDelta<V> {
  set: [string, V][];
  drop: string[];
}

/** A list given whole (its ids changed), or only the boxes that moved, by position. */
export type ListDelta = { all: IndexedBox[] } | { moved: [index: number, box: Box][] };

export interface InputDelta {
  /** The links, when they are not the list last sent. */
  links?: readonly Link[];
  ends: MapDelta<Box>;
  parents: MapDelta<string>;
  obstacles: ListDelta;
  headers: ListDelta;
  bounds: Box;
}

const sameBox = (p: Box, q: Box) => p === q || (p.x === q.x && p.y === q.y && p.w === q.w && p.h === q.h);

function mapDelta<V>(before: ReadonlyMap<string, V> | undefined, after: ReadonlyMap<string, V>, same: (p: V, q: V) => boolean): MapDelta<V> {
  const set: [string, V][] = [];
  const drop: string[] = [];
  if (before === after) return { set, drop };
  for (const [k, v] of after) {
    const old = before?.get(k);
    if (old === undefined || !same(old, v)) set.push([k, v]);
  }
  if (before) for (const k of before.keys()) if (!after.has(k)) drop.push(k);
  return { set, drop };
}

function listDelta(before: readonly IndexedBox[] | undefined, after: readonly IndexedBox[]): ListDelta {
  if (!before || before.length !== after.length) return { all: [...after] };
  const moved: [number, Box][] = [];
  for (let i = 0; i < after.length; i++) {
    const a = after[i]!, b = before[i]!;
    if (a.id !== b.id) return { all: [...after] };
    if (!sameBox(a.box, b.box)) moved.push([i, a.box]);
  }
  return { moved };
}

/** The page's side: each input as the change from the one before (the first one whole). */
export function createInputSender(): (input: RoutingInput) => InputDelta {
  let last: RoutingInput | undefined;
  return (input) => {
    const delta: InputDelta = {
      ends: mapDelta(last?.ends, input.ends, sameBox),
      parents: mapDelta(last?.parents, input.parents, (p, q) => p === q),
      obstacles: listDelta(last?.obstacles, input.obstacles),
      headers: listDelta(last?.headers, input.headers),
      bounds: input.bounds,
    };
    if (input.links !== last?.links) delta.links = input.links;
    last = input;
    return delta;
  };
}

/**
 * The worker's side: the whole input again from each change. The maps and lists are its own and are
 * changed in place; the input it returned before must not be read after the next change (the worker
 * drops the job routing it as soon as a new request arrives).
 */
export function createInputReceiver(): (delta: InputDelta) => RoutingInput {
  let links: readonly Link[] = [];
  const ends = new Map<string, Box>();
  const parents = new Map<string, string>();
  let obstacles: IndexedBox[] = [];
  let headers: IndexedBox[] = [];
  const applyMap = <V>(map: Map<string, V>, d: MapDelta<V>) => {
    for (const k of d.drop) map.delete(k);
    for (const [k, v] of d.set) map.set(k, v);
  };
  // New entry objects, not changed ones: the router's memos keep entries of the previous pass.
  const applyList = (list: IndexedBox[], d: ListDelta) => {
    if ('all' in d) return d.all;
    for (const [i, box] of d.moved) list[i] = { id: list[i]!.id, box };
    return list;
  };
  return (delta) => {
    if (delta.links) links = delta.links;
    applyMap(ends, delta.ends);
    applyMap(parents, delta.parents);
    obstacles = applyList(obstacles, delta.obstacles);
    headers = applyList(headers, delta.headers);
    return { links, ends, parents, obstacles, headers, bounds: delta.bounds };
  };
}
