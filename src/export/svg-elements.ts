/**
 * One drawing per element kind, at its absolute box: sites, pools (with a role glyph), servers, SQL
 * instances, file stores and gateways. Visible names are cut to fit their box; each group's <title>
 * keeps the full name, so the picture still says everything when a name is long.
 */
import type { Design } from '../domain/design';
import type { FileStore } from '../domain/elements/file-store';
import type { Gateway } from '../domain/elements/gateway';
import type { ReverseProxy } from '../domain/elements/reverse-proxy';
import type { Pool } from '../domain/elements/pool';
import type { Server } from '../domain/elements/server';
import type { Site } from '../domain/elements/site';
import type { SqlInstance } from '../domain/elements/sql-instance';
import { groupDigits, ROLE_LABELS, SQL_EDITION_LABELS } from '../domain/labels';
import { displayName, poolRole, type PoolRole } from '../domain/queries';
import type { Box } from '../layout/geometry';
import { group, tag, text } from './svg-markup';
import { fitText, LEAF_BADGES, PAPER, ROLE_COLOURS, textWidth } from './svg-theme';
import { iconForRole, type IconKind } from '../layout/role-icons';
import { iconSvg } from './svg-icons';

function roleLabelOf(role: PoolRole): string {
  if (role === 'empty') return 'Empty pool';
  if (role === 'mixed') return 'Mixed roles';
  return ROLE_LABELS[role].label;
}

/** The role icon (the canvas's and the palette's) in the role's colour; returns its markup and right edge. */
function badge(x: number, y: number, kind: IconKind, colour: string, size: number): { svg: string; right: number } {
  return { svg: iconSvg(kind, x, y, size, colour), right: x + size };
}

export function renderSite(site: Site, b: Box): string {
  const colours = site.kind === 'branch' ? PAPER.siteBranch : PAPER.siteCentral;
  const kindLabel = site.kind === 'branch' ? 'Branch site' : 'Central site';
  const kindWidth = textWidth(kindLabel, 11) + 12;
  const parts = [
    tag('rect', {
      x: b.x, y: b.y, width: b.w, height: b.h, rx: 8, fill: colours.fill, stroke: colours.stroke, 'stroke-width': 1.5,
      // Branch sites are dashed, as on the canvas.
      'stroke-dasharray': site.kind === 'branch' ? '6 4' : undefined,
    }),
    iconSvg(site.kind === 'branch' ? 'branch-site' : 'central-site', b.x + 12, b.y + 11, 20, PAPER.muted),
    text(b.x + 38, b.y + 27, fitText(displayName(site), b.w - 54 - kindWidth, 15, true), {
      'font-size': 15, 'font-weight': 'bold', fill: PAPER.text,
    }),
    text(b.x + b.w - 16, b.y + 27, kindLabel, { 'font-size': 11, fill: PAPER.muted, 'text-anchor': 'end' }),
  ];
  return group(`${kindLabel}: ${displayName(site)}`, parts.join(''));
}

export function renderPool(design: Design, pool: Pool, b: Box): string {
  const role = poolRole(design, pool.id);
  const glyph = badge(b.x + 10, b.y + 10, iconForRole(role), ROLE_COLOURS[role], 22);
  const named = Boolean(pool.name?.trim());
  const details = [
    named ? pool.fqdn : roleLabelOf(role),
    pool.users ? `${groupDigits(pool.users)} users` : '',
    pool.centralManagementStore ? 'CMS' : '',
    pool.collocatedMediation ? 'Mediation' : '',
  ].filter(Boolean);
  const textX = glyph.right + 8;
  const room = b.x + b.w - 10 - textX;
  const parts = [
    tag('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 6, fill: PAPER.pool.fill, stroke: PAPER.pool.stroke, 'stroke-width': 1 }),
    glyph.svg,
    text(textX, b.y + 24, fitText(displayName(pool), room, 13, true), { 'font-size': 13, 'font-weight': 'bold', fill: PAPER.text }),
    text(textX, b.y + 42, fitText(details.join(' · '), room, 11), { 'font-size': 11, fill: PAPER.muted }),
  ];
  return group(`${roleLabelOf(role)} pool: ${displayName(pool)}${named ? ` (${pool.fqdn})` : ''}`, parts.join(''));
}

export function renderServer(server: Server, b: Box): string {
  const glyph = badge(b.x + 8, b.y + (b.h - 18) / 2, server.role, ROLE_COLOURS[server.role], 18);
  const textX = glyph.right + 8;
  const room = b.x + b.w - 8 - textX;
  const name = displayName(server);
  const twoLines = name !== server.fqdn && server.fqdn.trim() !== '';
  const parts = [
    tag('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 4, fill: PAPER.server.fill, stroke: PAPER.server.stroke, 'stroke-width': 1 }),
    glyph.svg,
    twoLines
      ? text(textX, b.y + 17, fitText(name, room, 12), { 'font-size': 12, fill: PAPER.text }) +
        text(textX, b.y + 31, fitText(server.fqdn, room, 10), { 'font-size': 10, fill: PAPER.muted })
      : text(textX, b.y + b.h / 2 + 4, fitText(name, room, 12), { 'font-size': 12, fill: PAPER.text }),
  ];
  return group(`${ROLE_LABELS[server.role].label} server: ${name}${twoLines ? ` (${server.fqdn})` : ''}`, parts.join(''));
}

type Leaf =
  | { collection: 'sqlInstances'; element: SqlInstance }
  | { collection: 'fileStores'; element: FileStore }
  | { collection: 'gateways'; element: Gateway }
  | { collection: 'reverseProxies'; element: ReverseProxy };

const LEAF_ICONS = { sqlInstances: 'sqlInstance', fileStores: 'fileStore', gateways: 'gateway', reverseProxies: 'reverseProxy' } as const;

function leafDetails(leaf: Leaf): { noun: string; detail: string } {
  switch (leaf.collection) {
    case 'sqlInstances': {
      const e = leaf.element;
      const cluster = e.clusterNodes ? ` · ${e.clusterNodes}-node cluster` : '';
      const where = e.name?.trim() ? `${e.host}${e.instance ? `\\${e.instance}` : ''} · ` : '';
      return { noun: 'SQL Server instance', detail: `${where}SQL ${SQL_EDITION_LABELS[e.edition]} ${e.version}${cluster}` };
    }
    case 'fileStores':
      return { noun: 'File store', detail: `\\\\${leaf.element.host}\\${leaf.element.share}` };
    case 'gateways':
      return { noun: 'PSTN gateway', detail: leaf.element.name?.trim() ? leaf.element.address : 'PSTN gateway' };
    case 'reverseProxies':
      return { noun: 'Reverse proxy', detail: leaf.element.name?.trim() ? leaf.element.fqdn : 'Reverse proxy' };
  }
}

export function renderLeaf(leaf: Leaf, b: Box): string {
  const look = LEAF_BADGES[leaf.collection];
  const glyph = badge(b.x + 10, b.y + 8, LEAF_ICONS[leaf.collection], look.colour, 22);
  const textX = glyph.right + 8;
  const room = b.x + b.w - 10 - textX;
  const name = displayName(leaf.element);
  const { noun, detail } = leafDetails(leaf);
  const parts = [
    tag('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 6, fill: PAPER.leaf.fill, stroke: PAPER.leaf.stroke, 'stroke-width': 1 }),
    glyph.svg,
    text(textX, b.y + 24, fitText(name, room, 12, true), { 'font-size': 12, 'font-weight': 'bold', fill: PAPER.text }),
    text(b.x + 10, b.y + 46, fitText(detail, b.w - 20, 11), { 'font-size': 11, fill: PAPER.muted }),
  ];
  return group(`${noun}: ${name} (${detail})`, parts.join(''));
}

export type { Leaf };
