import type { AnyElement, Collection, Design } from './design';
import { COLLECTIONS } from './design';
import { recentMemo } from './recent-memo';
import type { Link } from './elements/link';
import type { Pool } from './elements/pool';
import type { Server, ServerRole } from './elements/server';
import type { Site } from './elements/site';

export interface Located {
  collection: Collection;
  element: AnyElement;
}

/**
 * Lookups every consumer needs, built once per design object and memoised on its identity.
 * Designs are immutable, so a new design is a new index and an unchanged one costs nothing.
 */
export interface DesignIndex {
  byId: ReadonlyMap<string, Located>;
  /** Children by container id: servers of a pool; pools, SQL instances, file stores, gateways of a site. */
  children: ReadonlyMap<string, readonly AnyElement[]>;
  serversByPool: ReadonlyMap<string, readonly Server[]>;
  linksFrom: ReadonlyMap<string, readonly Link[]>;
  linksTo: ReadonlyMap<string, readonly Link[]>;
}


function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Memoised on the design's identity (the last few designs only, see recent-memo.ts). */
export const indexDesign: (design: Design) => DesignIndex = recentMemo(indexOrReuse);

/**
 * The index reads the element lists only, never the layout: a design that differs from the last one
 * indexed only in its layout (a move, its undo or redo) shares that index. At 10,000 elements building
 * it again was a few ms of every such step.
 */
let lastIndexed: { design: Design; index: DesignIndex } | undefined;

function indexOrReuse(design: Design): DesignIndex {
  const last = lastIndexed;
  if (last && COLLECTIONS.every((c) => last.design[c] === design[c])) return last.index;
  const index = buildIndex(design);
  lastIndexed = { design, index };
  return index;
}

function buildIndex(design: Design): DesignIndex {
  const byId = new Map<string, Located>();
  const children = new Map<string, AnyElement[]>();
  const serversByPool = new Map<string, Server[]>();
  const linksFrom = new Map<string, Link[]>();
  const linksTo = new Map<string, Link[]>();
  for (const collection of COLLECTIONS) {
    for (const element of design[collection]) byId.set(element.id, { collection, element });
  }
  for (const s of design.servers) {
    push(serversByPool, s.poolId, s);
    push(children, s.poolId, s);
  }
  for (const c of [design.pools, design.sqlInstances, design.fileStores, design.gateways, design.reverseProxies] as const) {
    for (const e of c) push(children, e.siteId, e);
  }
  for (const l of design.links) {
    push(linksFrom, l.from, l);
    push(linksTo, l.to, l);
  }
  return { byId, children, serversByPool, linksFrom, linksTo };
}

export function findElement(design: Design, id: string): Located | undefined {
  return indexDesign(design).byId.get(id);
}

/** The container of an element: a site for pools and site-level elements, a pool for servers. */
export function parentId(element: AnyElement): string | undefined {
  if ('poolId' in element && typeof element.poolId === 'string') return element.poolId;
  if ('siteId' in element && typeof element.siteId === 'string') return element.siteId;
  return undefined;
}

export function serversOf(design: Design, poolId: string): readonly Server[] {
  return indexDesign(design).serversByPool.get(poolId) ?? [];
}

/** Links that start or end at the element. */
export function linksOf(design: Design, id: string): Link[] {
  const index = indexDesign(design);
  return [...(index.linksFrom.get(id) ?? []), ...(index.linksTo.get(id) ?? [])];
}

export type PoolRole = ServerRole | 'empty' | 'mixed';

/** A pool's role is the role of its servers: "empty" with none, "mixed" when they disagree. */
export function poolRole(design: Design, poolId: string): PoolRole {
  const servers = serversOf(design, poolId);
  const first = servers[0];
  if (!first) return 'empty';
  return servers.every((s) => s.role === first.role) ? first.role : 'mixed';
}

export function siteOfElement(design: Design, id: string): Site | undefined {
  const found = findElement(design, id);
  if (!found) return undefined;
  let containerId = parentId(found.element);
  if (found.collection === 'servers' && containerId) {
    const pool = findElement(design, containerId)?.element as Pool | undefined;
    containerId = pool?.siteId;
  }
  if (found.collection === 'sites') return found.element as Site;
  const site = containerId ? findElement(design, containerId) : undefined;
  return site?.collection === 'sites' ? (site.element as Site) : undefined;
}

/** The label a user knows an element by: its name, else its FQDN or address, else its id. */
export function displayName(element: AnyElement): string {
  const e = element as Record<string, unknown>;
  for (const key of ['name', 'fqdn', 'host', 'address'] as const) {
    const v = e[key];
    if (typeof v === 'string' && v.trim() !== '') {
      if (key === 'host' && typeof e.instance === 'string' && e.instance !== '') return `${v}\\${e.instance}`;
      return v;
    }
  }
  return element.id;
}

export function elementCount(design: Design): number {
  return COLLECTIONS.reduce((n, c) => n + design[c].length, 0);
}
