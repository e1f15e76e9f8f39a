/**
 * Geometry of a design: where every element sits and how big containers are. Pure and framework-free,
 * shared by the canvas projection and the SVG export so a picture looks like the canvas.
 *
 * Coordinates: a box's x/y are relative to its container (site for pools and site-level elements, pool for
 * servers) and absolute for sites, as in the document's `layout`. Elements without a saved placement are
 * laid out automatically (a flow of rows below whatever is placed), and containers grow to fit children.
 */
import type { AnyElement, Design } from '../domain/design';
import { placementOf, type Placement } from '../domain/elements/layout';
import { indexDesign } from '../domain/queries';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Geometry {
  /** Boxes in container-relative coordinates (what the document's layout stores). */
  readonly relative: ReadonlyMap<string, Box>;
  /** Boxes in absolute canvas coordinates. */
  readonly absolute: ReadonlyMap<string, Box>;
  /** The box around everything, absolute. */
  readonly bounds: Box;
}

export const SIZES = {
  server: { w: 184, h: 40 },
  leaf: { w: 196, h: 56 },
  pool: { header: 56, pad: 10, gap: 8, minW: 204, minH: 96 },
  // Sibling gaps leave room for link labels between pools.
  site: { header: 44, pad: 20, gap: 48, minW: 320, minH: 180, rowWidth: 1200 },
  gap: 60,
} as const;

const cache = new WeakMap<Design, Geometry>();

export function computeGeometry(design: Design): Geometry {
  const cached = cache.get(design);
  if (cached) return cached;
  const index = indexDesign(design);
  const layout = design.layout ?? {};
  const relative = new Map<string, Box>();

  const poolBox = (poolId: string): Box => {
    const servers = index.serversByPool.get(poolId) ?? [];
    const { header, pad, gap } = SIZES.pool;
    const placed = flow(
      servers,
      layout,
      () => SIZES.server,
      { x: pad, y: header, maxWidth: SIZES.server.w, gap },
    );
    for (const [id, b] of placed) relative.set(id, b);
    return fitContainer(placementOf(layout, poolId), placed.values(), SIZES.pool.minW, SIZES.pool.minH, pad);
  };

  for (const site of design.sites) {
    const kids = index.children.get(site.id) ?? [];
    const pools = kids.filter((k) => index.byId.get(k.id)?.collection === 'pools');
    const others = kids.filter((k) => index.byId.get(k.id)?.collection !== 'pools');
    const poolSizes = new Map(pools.map((p) => [p.id, poolBox(p.id)]));
    const { header, pad, gap, rowWidth } = SIZES.site;
    // Pools first, then SQL instances, file stores and gateways in a row beneath them.
    const placedPools = flow(pools, layout, (e) => poolSizes.get(e.id)!, { x: pad, y: header, maxWidth: rowWidth, gap });
    const belowPools = Math.max(header, ...[...placedPools.values()].map((b) => b.y + b.h + gap));
    const placedOthers = flow(others, layout, () => SIZES.leaf, { x: pad, y: belowPools, maxWidth: rowWidth, gap });
    for (const [id, b] of placedPools) relative.set(id, b);
    for (const [id, b] of placedOthers) relative.set(id, b);
    const box = fitContainer(placementOf(layout, site.id), [...placedPools.values(), ...placedOthers.values()], SIZES.site.minW, SIZES.site.minH, pad);
    relative.set(site.id, box);
  }
  placeSites(design, layout, relative);

  const absolute = new Map<string, Box>();
  for (const site of design.sites) absolute.set(site.id, relative.get(site.id)!);
  for (const [id, box] of relative) {
    if (absolute.has(id)) continue;
    absolute.set(id, toAbsolute(id, box, relative, index));
  }
  const geometry: Geometry = { relative, absolute, bounds: boundsOf(absolute.values()) };
  cache.set(design, geometry);
  return geometry;
}

function toAbsolute(id: string, box: Box, relative: Map<string, Box>, index: ReturnType<typeof indexDesign>): Box {
  let x = box.x;
  let y = box.y;
  let parent = parentOf(index.byId.get(id)?.element);
  while (parent) {
    const p = relative.get(parent);
    if (!p) break;
    x += p.x;
    y += p.y;
    parent = parentOf(index.byId.get(parent)?.element);
  }
  return { x, y, w: box.w, h: box.h };
}

function parentOf(e: AnyElement | undefined): string | undefined {
  if (!e) return undefined;
  if ('poolId' in e) return e.poolId as string;
  if ('siteId' in e) return e.siteId as string;
  return undefined;
}

/**
 * Keep saved placements; put the rest in rows (left to right, wrapping at maxWidth) starting below
 * the lowest saved child, so new elements never land on top of placed ones.
 */
function flow(
  items: readonly AnyElement[],
  layout: Record<string, Placement>,
  size: (e: AnyElement) => { w: number; h: number },
  area: { x: number; y: number; maxWidth: number; gap: number },
): Map<string, Box> {
  const out = new Map<string, Box>();
  let top = area.y;
  for (const e of items) {
    const p = placementOf(layout, e.id);
    if (!p) continue;
    const s = size(e);
    const b = { x: p.x, y: p.y, w: s.w, h: s.h };
    out.set(e.id, b);
    top = Math.max(top, b.y + b.h + area.gap);
  }
  let x = area.x;
  let y = top;
  let rowHeight = 0;
  for (const e of items) {
    if (out.has(e.id)) continue;
    const s = size(e);
    if (x > area.x && x + s.w > area.x + area.maxWidth) {
      x = area.x;
      y += rowHeight + area.gap;
      rowHeight = 0;
    }
    out.set(e.id, { x, y, w: s.w, h: s.h });
    x += s.w + area.gap;
    rowHeight = Math.max(rowHeight, s.h);
  }
  return out;
}

/** A container is at least its saved size, and always large enough to hold its children. */
function fitContainer(saved: Placement | undefined, children: Iterable<Box>, minW: number, minH: number, pad: number): Box {
  let w = Math.max(minW, saved?.w ?? 0);
  let h = Math.max(minH, saved?.h ?? 0);
  for (const c of children) {
    w = Math.max(w, c.x + c.w + pad);
    h = Math.max(h, c.y + c.h + pad);
  }
  return { x: saved?.x ?? 0, y: saved?.y ?? 0, w, h };
}

/** Central sites in a row; each central site's branches in a row beneath it; unplaced sites only. */
function placeSites(design: Design, layout: Record<string, Placement>, relative: Map<string, Box>): void {
  const placed = design.sites.filter((s) => placementOf(layout, s.id));
  let right = Math.max(0, ...placed.map((s) => relative.get(s.id)!.x + relative.get(s.id)!.w + SIZES.gap));
  const unplaced = design.sites.filter((s) => !placementOf(layout, s.id));
  const centrals = unplaced.filter((s) => s.kind === 'central');
  const branchesOf = new Map<string, typeof unplaced>();
  const orphans: typeof unplaced = [];
  for (const s of unplaced) {
    if (s.kind !== 'branch') continue;
    const parent = s.centralSiteId && centrals.some((c) => c.id === s.centralSiteId) ? s.centralSiteId : undefined;
    if (parent) branchesOf.set(parent, [...(branchesOf.get(parent) ?? []), s]);
    else orphans.push(s);
  }
  const columns: (typeof unplaced)[] = [
    ...centrals.map((c) => [c, ...(branchesOf.get(c.id) ?? [])]),
    ...orphans.map((o) => [o]),
  ];
  for (const [head, ...branches] of columns) {
    if (!head) continue;
    const headBox = relative.get(head.id)!;
    headBox.x = right;
    headBox.y = 0;
    let bx = right;
    const by = headBox.h + SIZES.gap;
    let columnRight = right + headBox.w;
    for (const b of branches) {
      const box = relative.get(b.id)!;
      box.x = bx;
      box.y = by;
      bx += box.w + SIZES.gap;
      columnRight = Math.max(columnRight, box.x + box.w);
    }
    right = columnRight + SIZES.gap;
  }
}

export function boundsOf(boxes: Iterable<Box>): Box {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.w);
    maxY = Math.max(maxY, b.y + b.h);
  }
  if (minX === Infinity) return { x: 0, y: 0, w: 0, h: 0 };
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}
