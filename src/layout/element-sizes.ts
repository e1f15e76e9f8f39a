/**
 * The size of an element's own box: it grows to hold the element's whole text (up to MAX_W), measured once per
 * element object. geometry.ts places the boxes and fits containers around their children.
 */
import type { AnyElement, Design } from '../domain/design';
import { displayName, poolRole } from '../domain/queries';
import { ROLE_LABELS, SQL_EDITION_LABELS } from '../domain/labels';
import type { Box } from './geometry';
import { textWidth } from './text-metrics';

export const SIZES = {
  server: { w: 184, h: 40 },
  leaf: { w: 196, h: 56 },
  pool: { header: 56, pad: 10, gap: 8, minW: 204, minH: 96 },
  // Sibling gaps leave room for a link and its label between pools: a label's width side by side (gapX),
  // its height plus clearance between rows (gap).
  site: { header: 44, pad: 20, gap: 56, gapX: 120, minW: 320, minH: 180, rowWidth: 1400 },
  gap: 60,
} as const;

/** Widest a box grows to hold its text; longer text is cut (the full text stays in tooltips and titles). */
const MAX_W = 560;
const fit = (min: number, ...needs: number[]) => Math.min(MAX_W, Math.ceil(Math.max(min, ...needs)));

/**
 * Boxes grow to hold their whole text, measured with the same estimate the export uses, so names are never
 * cut on the canvas or in pictures: icon + gap + text + padding (see export/svg-elements.ts).
 */
export function serverSize(e: AnyElement): { w: number; h: number } {
  return cached(serverSizes, e, serverSizeNow);
}

function serverSizeNow(e: AnyElement): { w: number; h: number } {
  const name = displayName(e);
  const fqdn = 'fqdn' in e ? String(e.fqdn) : '';
  return { w: fit(SIZES.server.w, 8 + 18 + 8 + textWidth(name, 12, true) + 12, 8 + 18 + 8 + textWidth(fqdn, 10) + 12), h: SIZES.server.h };
}

export function leafSize(e: AnyElement): { w: number; h: number } {
  return cached(leafSizes, e, leafSizeNow);
}

function leafSizeNow(e: AnyElement): { w: number; h: number } {
  const name = displayName(e);
  let detail = '';
  if ('edition' in e && 'host' in e) detail = `${e.host}\\${String(e.instance ?? '')} · SQL ${SQL_EDITION_LABELS[e.edition as keyof typeof SQL_EDITION_LABELS] ?? ''} ${String(e.version ?? '')}${'clusterNodes' in e && e.clusterNodes ? ` · ${String(e.clusterNodes)}-node cluster` : ''}`;
  else if ('share' in e) detail = `\\\\${String(e.host)}\\${String(e.share)}`;
  else if ('address' in e) detail = String(e.address);
  // The canvas titles an unnamed file store by its share path, in the title's (bold) face.
  const title = 'share' in e && !('name' in e && typeof e.name === 'string' && e.name.trim()) ? detail : name;
  return { w: fit(SIZES.leaf.w, 10 + 22 + 8 + textWidth(title, 12, true) + 30, 20 + textWidth(detail, 11) + 4), h: SIZES.leaf.h };
}

export function poolMinWidth(design: Design, e: AnyElement, servers: readonly Box[]): number {
  const role = poolRole(design, e.id);
  // The text part depends on the pool and its role only; the widest server is cheap to find.
  let byRole = poolTextWidths.get(e);
  if (!byRole) poolTextWidths.set(e, (byRole = new Map()));
  let text = byRole.get(role);
  if (text === undefined) byRole.set(role, (text = poolTextWidth(e, role)));
  const widest = Math.max(0, ...servers.map((b) => b.x + b.w + SIZES.pool.pad));
  return fit(text, widest);
}

function poolTextWidth(e: AnyElement, role: ReturnType<typeof poolRole>): number {
  const label = role === 'empty' ? 'Empty pool' : role === 'mixed' ? 'Mixed roles' : ROLE_LABELS[role].label;
  // The export's detail line (svg-elements.ts renderPool): the FQDN when the pool has a name, else the role.
  const named = 'name' in e && typeof e.name === 'string' && e.name.trim() !== '';
  const details = [
    named && 'fqdn' in e ? String(e.fqdn) : label,
    'users' in e && e.users ? `${String(e.users).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} users` : '',
    'centralManagementStore' in e && e.centralManagementStore ? 'CMS' : '',
    'collocatedMediation' in e && e.collocatedMediation ? 'Mediation' : '',
  ].filter(Boolean).join(' · ');
  // Room for the title and the finding badge beside it.
  return fit(SIZES.pool.minW, 10 + 22 + 8 + textWidth(displayName(e), 13, true) + 34, 10 + 22 + 8 + textWidth(details, 11) + 10);
}

export function siteMinWidth(e: AnyElement): number {
  return cached(siteWidths, e, siteMinWidthNow);
}

function siteMinWidthNow(e: AnyElement): number {
  return fit(SIZES.site.minW, 38 + textWidth(displayName(e), 15, true) + 16 + textWidth('Central site', 11) + 40);
}

/*
 * Box sizes follow from an element's own text, and elements are immutable: measured once per element object,
 * a move or an edit elsewhere re-measures nothing (geometry runs on every change; measuring every name was
 * most of its cost). Weak keys: an element no design holds any more takes its entry with it.
 */
const serverSizes = new WeakMap<AnyElement, { w: number; h: number }>();
const leafSizes = new WeakMap<AnyElement, { w: number; h: number }>();
const siteWidths = new WeakMap<AnyElement, number>();
const poolTextWidths = new WeakMap<AnyElement, Map<string, number>>();

function cached<V>(map: WeakMap<AnyElement, V>, e: AnyElement, measure: (e: AnyElement) => V): V {
  let v = map.get(e);
  if (v === undefined) map.set(e, (v = measure(e)));
  return v;
}
