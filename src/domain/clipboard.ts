/**
 * Copy and paste of servers and pools (a pool comes with its servers). Pure: the canvas keeps the clipboard
 * content in memory and pastes it with `pasteClipboard`, one undoable step. Copies get new ids and renumbered
 * host names (fe03 becomes the next free fe<n>), so a paste never produces two computers with one FQDN.
 */
import type { Design } from './design';
import { placementOf as savedPlacement, type Placement } from './elements/layout';
import type { Pool } from './elements/pool';
import type { Server } from './elements/server';
import { addElements } from './commands';
import { findElement, indexDesign, serversOf } from './queries';
import { hostLabel, normalizeHost, renumberHost, usedHostNames } from './naming';

export interface CopiedServer {
  server: Server;
  placement?: Placement;
}

export interface CopiedPool {
  pool: Pool;
  placement?: Placement;
  servers: CopiedServer[];
}

export interface ClipboardContent {
  pools: CopiedPool[];
  /** Servers copied without their pool: a paste adds them to a pool. */
  servers: CopiedServer[];
}

const withPlacement = (design: Design, id: string) => {
  const p = savedPlacement(design.layout, id);
  return p ? { placement: { ...p } } : {};
};

/**
 * What of the selection can be copied: selected pools with all their servers, and selected servers whose
 * pool is not selected too. Anything else selected (sites, SQL instances, links) is left out. Undefined when
 * nothing in the selection can be copied.
 */
export function copySelection(design: Design, ids: Iterable<string>): ClipboardContent | undefined {
  const selected = new Set(ids);
  const pools: CopiedPool[] = [];
  const servers: CopiedServer[] = [];
  for (const id of selected) {
    const found = findElement(design, id);
    if (found?.collection === 'pools') {
      const pool = found.element as Pool;
      pools.push({
        pool,
        ...withPlacement(design, id),
        servers: serversOf(design, id).map((server) => ({ server, ...withPlacement(design, server.id) })),
      });
    } else if (found?.collection === 'servers') {
      const server = found.element as Server;
      if (!selected.has(server.poolId)) servers.push({ server, ...withPlacement(design, id) });
    }
  }
  return pools.length || servers.length ? { pools, servers } : undefined;
}

export interface PasteOptions {
  /** Added to the x and y of each copied placement, so the copy does not hide the original. */
  offset: number;
  /** Paste lone servers into this pool instead of their original one (e.g. the selected pool). */
  targetPoolId?: string;
  /** Paste pools into this site instead of their original one. */
  targetSiteId?: string;
}

export interface PasteResult {
  design: Design;
  /** Ids of the pasted top-level elements (pools, lone servers), to select. */
  ids: string[];
}

/** An id like newId, but against a set that grows as the paste allocates. */
function freshId(taken: Set<string>, prefix: string): string {
  const base = prefix.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'el';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const shift = (p: Placement | undefined, offset: number): Placement | undefined =>
  p && { x: p.x + offset, y: p.y + offset };

/**
 * Add copies of the clipboard content. Lone servers go into `targetPoolId`, else their original pool; pools
 * into `targetSiteId`, else their original site; a copy whose container no longer exists is skipped.
 * Within one paste a host name is renumbered once, so a Standard Edition pool and its server (which share
 * an FQDN) keep sharing the new one. A copied pool is not a second Central Management Store and does not
 * keep the web services FQDN overrides of the original, which belong to that pool alone.
 */
export function pasteClipboard(design: Design, clip: ClipboardContent, options: PasteOptions): PasteResult {
  const taken = new Set(indexDesign(design).byId.keys());
  const used = usedHostNames(design);
  const renamed = new Map<string, string>();
  const rename = (fqdn: string) => {
    const key = normalizeHost(fqdn);
    let next = renamed.get(key);
    if (!next) {
      next = renumberHost(fqdn, used);
      renamed.set(key, next);
    }
    return next;
  };
  const items: Parameters<typeof addElements>[1][number][] = [];
  const ids: string[] = [];
  const isA = (id: string | undefined, collection: 'pools' | 'sites') =>
    id !== undefined && findElement(design, id)?.collection === collection;

  for (const { pool, placement, servers } of clip.pools) {
    const siteId = isA(options.targetSiteId, 'sites') ? options.targetSiteId! : pool.siteId;
    if (!isA(siteId, 'sites')) continue;
    const fqdn = rename(pool.fqdn);
    const {
      internalWebFqdn: _internal,
      externalWebFqdn: _external,
      centralManagementStore: _cms,
      ...rest
    } = pool;
    const id = freshId(taken, hostLabel(fqdn));
    const copy: Pool = { ...rest, id, siteId, fqdn, ...(pool.name && { name: `${pool.name} (copy)` }) };
    items.push({ collection: 'pools', element: copy, ...placementOf(shift(placement, options.offset)) });
    ids.push(id);
    for (const s of servers) {
      const serverFqdn = rename(s.server.fqdn);
      const serverId = freshId(taken, serverFqdn === fqdn ? `${hostLabel(serverFqdn)}-srv` : hostLabel(serverFqdn));
      items.push({
        collection: 'servers',
        element: { ...s.server, id: serverId, poolId: id, fqdn: serverFqdn },
        ...placementOf(s.placement && { x: s.placement.x, y: s.placement.y }),
      });
    }
  }
  for (const s of clip.servers) {
    const poolId = isA(options.targetPoolId, 'pools') ? options.targetPoolId! : s.server.poolId;
    if (!isA(poolId, 'pools')) continue;
    const fqdn = rename(s.server.fqdn);
    const id = freshId(taken, hostLabel(fqdn));
    items.push({
      collection: 'servers',
      element: { ...s.server, id, poolId, fqdn, ...(s.server.name && { name: `${s.server.name} (copy)` }) },
      ...placementOf(shift(s.placement, options.offset)),
    });
    ids.push(id);
  }
  return { design: items.length ? addElements(design, items) : design, ids };
}

function placementOf(p: Placement | undefined): { placement?: Placement } {
  return p ? { placement: p } : {};
}
