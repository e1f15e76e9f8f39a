/**
 * Role icons: one small line drawing per element kind, in the spirit of the server-role shapes architects
 * know from the Lync stencils (drawn here from scratch). Pure data on a 24x24 grid, drawn in one ink colour
 * with no fills that carry meaning, so the palette, the canvas and the exported pictures use the same glyph
 * and it still reads printed in black and white.
 */
import type { ServerRole } from '../domain/elements/server';

export type IconShape =
  | { t: 'path'; d: string; solid?: boolean }
  | { t: 'rect'; x: number; y: number; w: number; h: number; rx?: number; solid?: boolean }
  | { t: 'circle'; cx: number; cy: number; r: number; solid?: boolean }
  | { t: 'ellipse'; cx: number; cy: number; rx: number; ry: number; solid?: boolean };

export type IconKind =
  | ServerRole
  | 'sqlInstance'
  | 'fileStore'
  | 'gateway'
  | 'reverseProxy'
  | 'central-site'
  | 'branch-site'
  | 'pool';

export const ICON_VIEWBOX = 24;
export const ICON_STROKE = 1.6;

/** A server tower, the base of most role shapes: body, two drive slots and a status light. */
const tower = (x: number, y = 2, w = 10, h = 20): IconShape[] => [
  { t: 'rect', x, y, w, h, rx: 1.5 },
  { t: 'path', d: `M${x + 2.5} ${y + 4}h${w - 5}M${x + 2.5} ${y + 7.5}h${w - 5}` },
  { t: 'circle', cx: x + w / 2, cy: y + h - 3.5, r: 1, solid: true },
];

/** A person: head and shoulders. */
const person = (cx: number, cy: number, s = 1): IconShape[] => [
  { t: 'circle', cx, cy: cy - 3.2 * s, r: 2.2 * s },
  { t: 'path', d: `M${cx - 4 * s} ${cy + 4 * s}c0-3 1.8-4.4 ${4 * s} -4.4s${4 * s} 1.4 ${4 * s} 4.4` },
];

export const ROLE_ICONS: Record<IconKind, readonly IconShape[]> = {
  // Front End (Enterprise pool): a tower serving users.
  'front-end': [...tower(2), ...person(17.5, 13), ...person(17.5, 20.5, 0.7)],
  // Standard Edition: one tower holding everything, marked with its own database disc.
  'standard-edition': [...tower(2), ...person(17.5, 11.5), { t: 'ellipse', cx: 17.5, cy: 19, rx: 4, ry: 1.6 }, { t: 'path', d: 'M13.5 19v2.2c0 .9 1.8 1.6 4 1.6s4-.7 4-1.6V19' }],
  // Director: a tower with a redirecting arrow.
  director: [...tower(2), { t: 'path', d: 'M14 18v-5.5a3 3 0 0 1 3-3h4.5M19 7l2.5 2.5L19 12' }],
  // Edge: a brick wall (the perimeter) with traffic passing through.
  edge: [
    { t: 'rect', x: 7, y: 3, w: 10, h: 18, rx: 1 },
    { t: 'path', d: 'M7 9h10M7 15h10M12 3v6M9.5 9v6M14.5 9v6M12 15v6' },
    { t: 'path', d: 'M1.5 12h4M3.5 10l2 2-2 2M18.5 12h4M20.5 10l2 2-2 2' },
  ],
  // Mediation: a tower translating between two directions (SIP and PSTN).
  mediation: [...tower(2), { t: 'path', d: 'M14 9.5h8M19.5 7l2.5 2.5-2.5 2.5M22 16.5h-8M16.5 14L14 16.5l2.5 2.5' }],
  // Persistent Chat: a chat bubble with lines of a room's history.
  'persistent-chat': [
    { t: 'path', d: 'M3 4.5h18a1.5 1.5 0 0 1 1.5 1.5v10a1.5 1.5 0 0 1-1.5 1.5H10l-4.5 4v-4H3A1.5 1.5 0 0 1 1.5 16V6A1.5 1.5 0 0 1 3 4.5z' },
    { t: 'path', d: 'M6 8.5h12M6 11.5h12M6 14.5h7' },
  ],
  // Trusted Application: a shield with a tick.
  'trusted-application': [
    { t: 'path', d: 'M12 2l8 3v6c0 5.2-3.4 9.2-8 11-4.6-1.8-8-5.8-8-11V5z' },
    { t: 'path', d: 'M8 12l3 3 5.5-6' },
  ],
  // Office Web Apps: a document with a presentation chart.
  'office-web-apps': [
    { t: 'path', d: 'M5 2h10l4 4v16H5z' },
    { t: 'path', d: 'M15 2v4h4' },
    { t: 'path', d: 'M8 19v-4M11.5 19v-7M15 19v-5.5' },
  ],
  // Survivable Branch Appliance: a flat appliance with a phone line.
  'survivable-branch-appliance': [
    { t: 'rect', x: 2, y: 11, w: 20, h: 8, rx: 1.5 },
    { t: 'circle', cx: 5.5, cy: 15, r: 1, solid: true },
    { t: 'circle', cx: 9, cy: 15, r: 1, solid: true },
    { t: 'path', d: 'M13 15h6' },
    { t: 'path', d: 'M6 11V8a6 4 0 0 1 12 0v3' },
  ],
  // Survivable Branch Server: a tower under a branch roof.
  'survivable-branch-server': [
    { t: 'path', d: 'M2 10l10-7.5L22 10' },
    { t: 'rect', x: 7.5, y: 9, w: 9, h: 13, rx: 1.2 },
    { t: 'path', d: 'M10 12.5h4M10 15.5h4' },
    { t: 'circle', cx: 12, cy: 19, r: 0.9, solid: true },
  ],
  // SQL Server instance: a database cylinder.
  sqlInstance: [
    { t: 'ellipse', cx: 12, cy: 5, rx: 8, ry: 3 },
    { t: 'path', d: 'M4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5' },
    { t: 'path', d: 'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3' },
  ],
  // File store: a folder.
  fileStore: [
    { t: 'path', d: 'M2 6.5A1.5 1.5 0 0 1 3.5 5H9l2 2.5h9.5A1.5 1.5 0 0 1 22 9v9.5a1.5 1.5 0 0 1-1.5 1.5h-17A1.5 1.5 0 0 1 2 18.5z' },
    { t: 'path', d: 'M2 10.5h20' },
  ],
  // PSTN gateway: a telephone handset over a line.
  gateway: [
    { t: 'path', d: 'M6.5 3.5l3 3.2-1.8 2.2a12 12 0 0 0 5.4 5.4l2.2-1.8 3.2 3-1.9 2.6C11 18 5.9 12.9 3.9 6.4z' },
    { t: 'path', d: 'M14 4.5a5.5 5.5 0 0 1 5.5 5.5M14 1.5a8.5 8.5 0 0 1 8.5 8.5' },
  ],
  // Reverse proxy: a globe (the Internet side) with an arrow passing through to a server.
  reverseProxy: [
    { t: 'circle', cx: 8, cy: 12, r: 6 },
    { t: 'path', d: 'M2 12h12M8 6c-2.2 3.6-2.2 8.4 0 12M8 6c2.2 3.6 2.2 8.4 0 12' },
    { t: 'rect', x: 17, y: 5, w: 5, h: 14, rx: 1 },
    { t: 'path', d: 'M12.5 12h4M14.8 10l1.8 2-1.8 2' },
  ],
  // Central site: an office building.
  'central-site': [
    { t: 'rect', x: 4, y: 2, w: 16, h: 20, rx: 1 },
    { t: 'path', d: 'M8 6h2M14 6h2M8 10h2M14 10h2M8 14h2M14 14h2M10.5 22v-4h3v4' },
  ],
  // Branch site: a small house.
  'branch-site': [
    { t: 'path', d: 'M2.5 11L12 3l9.5 8' },
    { t: 'path', d: 'M5 9.5V21h14V9.5' },
    { t: 'path', d: 'M10 21v-5.5h4V21' },
  ],
  // A pool whose servers do not share one role (or has none yet): stacked servers.
  pool: [
    { t: 'rect', x: 3, y: 3, w: 18, h: 5, rx: 1 },
    { t: 'rect', x: 3, y: 9.5, w: 18, h: 5, rx: 1 },
    { t: 'rect', x: 3, y: 16, w: 18, h: 5, rx: 1 },
    { t: 'path', d: 'M6 5.5h6M6 12h6M6 18.5h6' },
  ],
};

/** The icon for a pool role, including the "mixed" and "empty" cases. */
export function iconForRole(role: string): IconKind {
  return Object.hasOwn(ROLE_ICONS, role) ? (role as IconKind) : 'pool';
}
