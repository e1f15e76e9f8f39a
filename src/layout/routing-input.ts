/**
 * What a routing reads, gathered from a design and its geometry as plain data (router.ts routes it; the
 * canvas sends it to the routing worker, canvas/routing/).
 */
import { COLLECTIONS, type AnyElement, type Design } from '../domain/design';
import type { Link } from '../domain/elements/link';
import { indexDesign, parentId } from '../domain/queries';
import type { IndexedBox } from './box-index';
import type { Box, Geometry } from './geometry';

/** The boxes links avoid: pools and site-level elements (servers sit inside pools; sites are crossed freely). */
export function obstacleBoxes(design: Design, geometry: Geometry): IndexedBox[] {
  const out: IndexedBox[] = [];
  const add = (id: string) => {
    const box = geometry.absolute.get(id);
    if (box) out.push({ id, box });
  };
  for (const e of design.pools) add(e.id);
  for (const e of design.sqlInstances) add(e.id);
  for (const e of design.fileStores) add(e.id);
  for (const e of design.gateways) add(e.id);
  for (const e of design.reverseProxies) add(e.id);
  return out;
}

/** The title band of each site: labels must not cover a site's name. */
export function siteHeaderBoxes(design: Design, geometry: Geometry): IndexedBox[] {
  const out: IndexedBox[] = [];
  for (const s of design.sites) {
    const b = geometry.absolute.get(s.id);
    if (b) out.push({ id: s.id, box: { x: b.x, y: b.y, w: b.w, h: 40 } });
  }
  return out;
}

/**
 * Everything a routing reads, as plain data (no design index, no geometry object): what the canvas sends
 * the routing worker (canvas/routing/client.ts), built in one pass over the design.
 */
export interface RoutingInput {
  links: readonly Link[];
  /** Absolute boxes of the elements links join. */
  ends: ReadonlyMap<string, Box>;
  /** The container of each link end and of its containers (a route may cross them). */
  parents: ReadonlyMap<string, string>;
  /** The boxes links avoid (obstacleBoxes). */
  obstacles: readonly IndexedBox[];
  /** Site title bands (siteHeaderBoxes). */
  headers: readonly IndexedBox[];
  bounds: Box;
}

/**
 * Link ends' containers follow from the element lists alone, which a move or its undo leaves as they were:
 * kept for the last lists seen (one slot), so such a step does not climb every link's containers again.
 */
let lastParents: { lists: readonly unknown[]; parents: ReadonlyMap<string, string> } | undefined;

function linkParents(design: Design): ReadonlyMap<string, string> {
  const lists = COLLECTIONS.map((c) => design[c]);
  if (lastParents && lastParents.lists.every((l, i) => l === lists[i])) return lastParents.parents;
  const index = indexDesign(design);
  const parents = new Map<string, string>();
  const climb = (id: string) => {
    for (let at: string | undefined = id; at !== undefined && !parents.has(at); ) {
      const found: AnyElement | undefined = index.byId.get(at)?.element;
      const up: string | undefined = found && parentId(found);
      if (up === undefined) return;
      parents.set(at, up);
      at = up;
    }
  };
  for (const link of design.links) {
    climb(link.from);
    climb(link.to);
  }
  lastParents = { lists, parents };
  return parents;
}

export function routingInput(design: Design, geometry: Geometry): RoutingInput {
  const ends = new Map<string, Box>();
  for (const link of design.links) {
    for (const id of [link.from, link.to]) {
      const box = geometry.absolute.get(id);
      if (box) ends.set(id, box);
    }
  }
  return { links: design.links, ends, parents: linkParents(design), obstacles: obstacleBoxes(design, geometry), headers: siteHeaderBoxes(design, geometry), bounds: geometry.bounds };
}
