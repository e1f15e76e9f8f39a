/**
 * Adding an element from the palette without a mouse (Enter on a tile): where it goes and what command adds
 * it. The element goes into the selected pool or site (or the container of the selected element); else into
 * the first suitable container; sites go beside the existing ones. What each item creates comes from the
 * canvas's element factory, shared with palette drops. Pure, so the choice is unit-tested.
 */
import type { AnyElement, Collection, Design } from '../../domain/design';
import type { Placement } from '../../domain/elements/layout';
import type { Pool } from '../../domain/elements/pool';
import type { ServerRole } from '../../domain/elements/server';
import type { Site } from '../../domain/elements/site';
import type { DesignCommand } from '../../domain/design-command';
import { findElement, serversOf, siteOfElement } from '../../domain/queries';
import { SIZES, computeGeometry } from '../../layout/geometry';
import { paletteItem, type PaletteItemId } from '../../canvas/palette-items';
import {
  createPoolOfOne,
  createServer,
  createSite,
  createSiteLevelElement,
} from '../../canvas/element-factory';

interface NewElement {
  collection: Collection;
  element: AnyElement;
}

export type PlaceResult =
  | { ok: true; command: DesignCommand; /** The element to select afterwards. */ created: string; ids: string[] }
  | { ok: false; message: string };

const BRANCH_ROLES = new Set<ServerRole>(['survivable-branch-appliance', 'survivable-branch-server']);

/** The pool and site the selection points at: a pool or a server's pool, and the site of anything. */
export function selectionTarget(design: Design, selection: readonly string[]): { pool?: Pool; site?: Site } {
  const id = selection[0];
  const found = id === undefined ? undefined : findElement(design, id);
  if (!found || found.collection === 'links') return {};
  let pool: Pool | undefined;
  if (found.collection === 'pools') pool = found.element as Pool;
  if (found.collection === 'servers') {
    const p = findElement(design, (found.element as { poolId: string }).poolId);
    if (p?.collection === 'pools') pool = p.element as Pool;
  }
  return { pool, site: siteOfElement(design, found.element.id) };
}

/** The first site of the preferred kind, else any site. */
function firstSite(design: Design, prefer: 'central' | 'branch'): Site | undefined {
  return design.sites.find((s) => s.kind === prefer) ?? design.sites[0];
}

/** Free room in a site: below everything it already holds, at the left padding. */
function freeSpotInSite(design: Design, siteId: string): Placement {
  const { relative } = computeGeometry(design);
  const kids = [...design.pools, ...design.sqlInstances, ...design.fileStores, ...design.gateways, ...design.reverseProxies].filter((e) => e.siteId === siteId);
  const bottom = kids.reduce<number>((y, k) => {
    const b = relative.get(k.id);
    return b ? Math.max(y, b.y + b.h + SIZES.site.gap) : y;
  }, SIZES.site.header);
  return { x: SIZES.site.pad, y: bottom };
}

/** Positions for the new elements, in their containers' coordinates, as the layout stores them. */
function placements(design: Design, created: NewElement[]): Map<string, Placement> {
  const out = new Map<string, Placement>();
  const trial = created.reduce<Design>((d, c) => ({ ...d, [c.collection]: [...d[c.collection], c.element] }), design);
  const { relative } = computeGeometry(trial);
  for (const { collection, element } of created) {
    const parent = (element as { siteId?: string }).siteId;
    if (collection !== 'sites' && collection !== 'servers' && parent) out.set(element.id, freeSpotInSite(design, parent));
    else {
      const box = relative.get(element.id);
      if (box) out.set(element.id, { x: Math.round(box.x), y: Math.round(box.y) });
    }
  }
  return out;
}

function result(design: Design, created: NewElement[], select?: string): PlaceResult {
  const where = placements(design, created);
  const commands: DesignCommand[] = created.map((c) => {
    const placement = where.get(c.element.id);
    return { op: 'add', collection: c.collection, element: c.element, ...(placement && { placement }) };
  });
  const ids = created.map((c) => c.element.id);
  return {
    ok: true,
    command: commands.length === 1 ? commands[0]! : { op: 'batch', commands },
    created: select ?? ids[ids.length - 1]!,
    ids,
  };
}

/** A server in an existing pool. A Standard Edition server alone in its pool carries the pool's FQDN. */
function serverInPool(design: Design, role: ServerRole, pool: Pool): NewElement[] {
  const server = createServer(design, role, pool.id);
  const alone = role === 'standard-edition' && serversOf(design, pool.id).length === 0;
  return [{ collection: 'servers', element: alone ? { ...server, fqdn: pool.fqdn } : server }];
}

export function placeFromPalette(design: Design, itemId: PaletteItemId, selection: readonly string[]): PlaceResult {
  const item = paletteItem(itemId);
  if (!item) return { ok: false, message: `Unknown palette item "${itemId}".` };
  const target = selectionTarget(design, selection);

  if (itemId === 'site-central') return result(design, [{ collection: 'sites', element: createSite(design, 'central') }]);
  if (itemId === 'site-branch') {
    const central = target.site?.kind === 'central' ? target.site : design.sites.find((s) => s.kind === 'central');
    return result(design, [{ collection: 'sites', element: createSite(design, 'branch', central?.id) }]);
  }

  if (itemId.startsWith('server:')) {
    const role = itemId.slice('server:'.length) as ServerRole;
    if (target.pool) return result(design, serverInPool(design, role, target.pool));
    const site = target.site ?? firstSite(design, BRANCH_ROLES.has(role) ? 'branch' : 'central');
    if (!site) return { ok: false, message: `Add a site first: a ${item.label} server goes into a pool in a site.` };
    const { pool, server } = createPoolOfOne(design, role, site.id);
    return result(design, [
      { collection: 'pools', element: pool },
      { collection: 'servers', element: server },
    ], server.id);
  }

  const site = target.site ?? firstSite(design, 'central');
  if (!site) return { ok: false, message: `Add a site first: a ${item.label.toLowerCase()} goes into a site.` };
  const made = createSiteLevelElement(design, itemId, site.id);
  return made ? result(design, [made]) : { ok: false, message: `"${item.label}" cannot be added here.` };
}
