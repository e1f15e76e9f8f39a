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
import { recentMemo } from '../domain/recent-memo';
import { runSteps, type Steps } from '../domain/steps';
import { leafSize, poolMinWidth, serverSize, siteMinWidth, SIZES } from './element-sizes';

export { SIZES } from './element-sizes';

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
  /** Sites and pools: the smallest size that holds their content (a resize never goes below it). */
  readonly minimum: ReadonlyMap<string, { w: number; h: number }>;
}

const memo = recentMemo((design: Design) => sameAsLast(runSteps(geometryNow(design))));

/** Memoised on the design's identity (the last few designs only, see domain/recent-memo.ts). */
export const computeGeometry: (design: Design) => Geometry = memo;

/** Hand computeGeometry the geometry of a design known to have exactly these boxes (layout/tidy.ts). */
export function rememberGeometry(design: Design, geometry: Geometry): void {
  memo.put(design, geometry);
}

/** computeGeometry in steps, a few sites per step (domain/steps.ts): the same geometry, remembered as its. */
export function* geometrySteps(design: Design): Steps<Geometry> {
  const known = memo.peek(design);
  if (known) return known;
  const geometry = sameAsLast(yield* geometryNow(design));
  memo.put(design, geometry);
  return geometry;
}

/**
 * Most edits (a name, a property, a finding's fix that changes no size) leave every box where it was: then
 * the previous geometry object is returned, so what is keyed on it (routes, labels, the overview bitmap)
 * is not computed again.
 */
let lastGeometry: Geometry | undefined;
function sameAsLast(next: Geometry): Geometry {
  const last = lastGeometry;
  if (last && sameBoxes(last.relative, next.relative) && sameBoxes(last.absolute, next.absolute)) return last;
  lastGeometry = next;
  return next;
}

function sameBoxes(a: ReadonlyMap<string, Box>, b: ReadonlyMap<string, Box>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (!q || p.x !== q.x || p.y !== q.y || p.w !== q.w || p.h !== q.h) return false;
  }
  return true;
}

/**
 * What one site's content came to: boxes relative to their container, the smallest sizes, the site's own
 * box before the sites are placed, and the content's boxes relative to the site's corner (for absolute
 * boxes). Kept per site object while everything it was made from is the same objects (`deps`): a move or an
 * edit inside one site lays out that site alone, and the other sites keep their Box objects, which lets
 * the projection and the router skip them by identity.
 */
interface SiteLayout {
  deps: unknown[];
  relative: [string, Box][];
  minimum: [string, { w: number; h: number }][];
  siteMinimum: { w: number; h: number };
  box: Box;
  fromCorner: [string, Box][];
  /** The absolute boxes made for the site's last position. */
  placed?: { x: number; y: number; boxes: [string, Box][] };
}

const siteLayouts = new WeakMap<AnyElement, SiteLayout>();

function siteDeps(site: AnyElement, layout: Record<string, Placement>, index: ReturnType<typeof indexDesign>): unknown[] {
  const deps: unknown[] = [placementOf(layout, site.id)];
  for (const k of index.children.get(site.id) ?? []) {
    deps.push(k, placementOf(layout, k.id));
    if (index.byId.get(k.id)?.collection !== 'pools') continue;
    // Servers carry their pool id and pools their site id, so one flat list tells the nesting apart.
    for (const s of index.serversByPool.get(k.id) ?? []) deps.push(s, placementOf(layout, s.id));
  }
  return deps;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function layOutSite(design: Design, site: AnyElement, layout: Record<string, Placement>, index: ReturnType<typeof indexDesign>): SiteLayout {
  const deps = siteDeps(site, layout, index);
  const kept = siteLayouts.get(site);
  if (kept && sameDeps(kept.deps, deps)) return kept;
  const relative: [string, Box][] = [];
  const minimum: [string, { w: number; h: number }][] = [];
  const fromCorner: [string, Box][] = [];

  const poolBox = (poolId: string): { box: Box; servers: Map<string, Box> } => {
    const servers = index.serversByPool.get(poolId) ?? [];
    const { header, pad, gap } = SIZES.pool;
    const placed = flow(servers, layout, serverSize, { x: pad, y: header, maxWidth: SIZES.server.w, gap });
    const pool = index.byId.get(poolId)?.element;
    const minW = pool ? poolMinWidth(design, pool, [...placed.values()]) : SIZES.pool.minW;
    minimum.push([poolId, fitContainer(undefined, placed.values(), minW, SIZES.pool.minH, pad)]);
    return { box: fitContainer(placementOf(layout, poolId), placed.values(), minW, SIZES.pool.minH, pad), servers: placed };
  };

  const kids = index.children.get(site.id) ?? [];
  const pools = kids.filter((k) => index.byId.get(k.id)?.collection === 'pools');
  const others = kids.filter((k) => index.byId.get(k.id)?.collection !== 'pools');
  const poolBoxes = new Map(pools.map((p) => [p.id, poolBox(p.id)]));
  const { header, pad, gap, gapX, rowWidth } = SIZES.site;
  // Pools first, then SQL instances, file stores and gateways in a row beneath them.
  const placedPools = flow(pools, layout, (e) => poolBoxes.get(e.id)!.box, { x: pad, y: header, maxWidth: rowWidth, gap, gapX });
  const belowPools = Math.max(header, ...[...placedPools.values()].map((b) => b.y + b.h + gap));
  const placedOthers = flow(others, layout, leafSize, { x: pad, y: belowPools, maxWidth: rowWidth, gap, gapX });
  for (const [id, b] of placedPools) {
    relative.push([id, b]);
    fromCorner.push([id, b]);
    for (const [sid, sb] of poolBoxes.get(id)!.servers) {
      relative.push([sid, sb]);
      fromCorner.push([sid, { x: b.x + sb.x, y: b.y + sb.y, w: sb.w, h: sb.h }]);
    }
  }
  for (const [id, b] of placedOthers) {
    relative.push([id, b]);
    fromCorner.push([id, b]);
  }
  const content = [...placedPools.values(), ...placedOthers.values()];
  const siteMinimum = fitContainer(undefined, content, siteMinWidth(site), SIZES.site.minH, pad);
  const box = fitContainer(placementOf(layout, site.id), content, siteMinWidth(site), SIZES.site.minH, pad);
  const made: SiteLayout = { deps, relative, minimum, siteMinimum, box, fromCorner };
  siteLayouts.set(site, made);
  return made;
}

/** The site's content in absolute coordinates; the same Box objects while the site stays where it was. */
function placedContent(made: SiteLayout, at: Box): [string, Box][] {
  if (made.placed && made.placed.x === at.x && made.placed.y === at.y) return made.placed.boxes;
  const boxes = made.fromCorner.map(([id, b]): [string, Box] => [id, { x: b.x + at.x, y: b.y + at.y, w: b.w, h: b.h }]);
  made.placed = { x: at.x, y: at.y, boxes };
  return boxes;
}

/** Sites laid out per step. */
const SITES_PER_STEP = 50;

function* geometryNow(design: Design): Steps<Geometry> {
  const index = indexDesign(design);
  yield;
  const layout = design.layout ?? {};
  const relative = new Map<string, Box>();
  const minimum = new Map<string, { w: number; h: number }>();
  const sites: SiteLayout[] = [];
  for (const site of design.sites) {
    if (sites.length % SITES_PER_STEP === SITES_PER_STEP - 1) yield;
    sites.push(layOutSite(design, site, layout, index));
  }
  design.sites.forEach((site, i) => {
    const made = sites[i]!;
    for (const [id, b] of made.relative) relative.set(id, b);
    for (const [id, m] of made.minimum) minimum.set(id, m);
    minimum.set(site.id, made.siteMinimum);
    // A copy: placeSites moves the boxes of sites without a saved place.
    relative.set(site.id, { ...made.box });
  });
  placeSites(design, layout, relative);
  keepSiteBoxes(design, relative);
  yield;

  // Sites first, then what each holds, in the order the relative boxes were made.
  const absolute = new Map<string, Box>();
  for (const site of design.sites) absolute.set(site.id, relative.get(site.id)!);
  for (let i = 0; i < design.sites.length; i++) {
    if (i % SITES_PER_STEP === SITES_PER_STEP - 1) yield;
    for (const [id, b] of placedContent(sites[i]!, relative.get(design.sites[i]!.id)!)) absolute.set(id, b);
  }
  return { relative, absolute, bounds: boundsOf(absolute.values()), minimum };
}

/** A site box equal to the one the last geometry had is that object (see SiteLayout). */
let lastSiteBoxes = new Map<string, Box>();
function keepSiteBoxes(design: Design, relative: Map<string, Box>): void {
  const next = new Map<string, Box>();
  for (const site of design.sites) {
    const b = relative.get(site.id)!;
    const old = lastSiteBoxes.get(site.id);
    const kept = old && old.x === b.x && old.y === b.y && old.w === b.w && old.h === b.h ? old : b;
    relative.set(site.id, kept);
    next.set(site.id, kept);
  }
  lastSiteBoxes = next;
}

/**
 * Keep saved placements; put the rest in rows (left to right, wrapping at maxWidth) starting below
 * the lowest saved child, so new elements never land on top of placed ones.
 */
function flow(
  items: readonly AnyElement[],
  layout: Record<string, Placement>,
  size: (e: AnyElement) => { w: number; h: number },
  area: { x: number; y: number; maxWidth: number; gap: number; gapX?: number },
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
    x += s.w + (area.gapX ?? area.gap);
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

/**
 * Unplaced sites only: each central site heads a column with its branches in rows beneath it, and the
 * columns fill rows of a compact grid (about as wide as high) instead of one long row.
 */
function placeSites(design: Design, layout: Record<string, Placement>, relative: Map<string, Box>): void {
  const has = (id: string) => Object.hasOwn(layout, id);
  const placed = design.sites.filter((s) => has(s.id));
  const startX = Math.max(0, ...placed.map((s) => relative.get(s.id)!.x + relative.get(s.id)!.w + SIZES.gap));
  const unplaced = design.sites.filter((s) => !has(s.id));
  const centrals = unplaced.filter((s) => s.kind === 'central');
  const centralIds = new Set(centrals.map((c) => c.id));
  const branchesOf = new Map<string, typeof unplaced>();
  const orphans: typeof unplaced = [];
  for (const s of unplaced) {
    if (s.kind !== 'branch') continue;
    const parent = s.centralSiteId && centralIds.has(s.centralSiteId) ? s.centralSiteId : undefined;
    if (parent) branchesOf.set(parent, [...(branchesOf.get(parent) ?? []), s]);
    else orphans.push(s);
  }
  const columns: (typeof unplaced)[] = [...centrals.map((c) => [c, ...(branchesOf.get(c.id) ?? [])]), ...orphans.map((o) => [o])];

  // Lay each column out at the origin first, to know its size.
  const sized = columns.flatMap(([head, ...branches]) => {
    if (!head) return [];
    const headBox = relative.get(head.id)!;
    headBox.x = 0;
    headBox.y = 0;
    const rowMax = Math.max(headBox.w, 1400);
    let bx = 0;
    let by = headBox.h + SIZES.gap;
    let rowH = 0;
    let w = headBox.w;
    for (const b of branches) {
      const box = relative.get(b.id)!;
      if (bx > 0 && bx + box.w > rowMax) {
        bx = 0;
        by += rowH + SIZES.gap;
        rowH = 0;
      }
      box.x = bx;
      box.y = by;
      bx += box.w + SIZES.gap;
      rowH = Math.max(rowH, box.h);
      w = Math.max(w, box.x + box.w);
    }
    const h = branches.length ? by + rowH : headBox.h;
    return [{ ids: [head.id, ...branches.map((b) => b.id)], w, h }];
  });
  const area = sized.reduce((sum, c) => sum + (c.w + SIZES.gap) * (c.h + SIZES.gap), 0);
  const rowWidth = Math.max(2400, Math.sqrt(area) * 1.4);
  let x = startX;
  let y = 0;
  let rowH = 0;
  for (const c of sized) {
    if (x > startX && x + c.w > startX + rowWidth) {
      x = startX;
      y += rowH + SIZES.gap;
      rowH = 0;
    }
    for (const id of c.ids) {
      const box = relative.get(id)!;
      box.x += x;
      box.y += y;
    }
    x += c.w + SIZES.gap;
    rowH = Math.max(rowH, c.h);
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
