import type { IconKind } from '../layout/role-icons';
/**
 * What the palette offers and what a drop of each creates. The palette (ui/palette) shows these; the canvas
 * (canvas/) turns a drop into domain commands. A palette drag carries `{ item: PaletteItemId }` as JSON
 * under the PALETTE_MIME type, so a drop of anything else (a file) is not mistaken for one.
 */
import type { ServerRole } from '../domain/elements/server';
import { ROLE_LABELS } from '../domain/labels';
import { SERVER_ROLES } from '../domain/elements/server';

export const PALETTE_MIME = 'application/x-lync-palette';

export type PaletteItemId =
  | 'site-central'
  | 'site-branch'
  | 'pool'
  | `server:${ServerRole}`
  | 'sql-instance'
  | 'file-store'
  | 'gateway'
  | 'reverse-proxy';

export type PaletteCategory = 'Sites' | 'Pools and servers' | 'Storage and telephony' | 'Perimeter';

export interface PaletteItem {
  id: PaletteItemId;
  label: string;
  glyph: string;
  /** The role icon (layout/role-icons.ts), the same the canvas and the pictures draw. */
  icon: IconKind;
  category: PaletteCategory;
  /** Words the palette search also matches. */
  keywords: string;
  /** Where it may be dropped: on free canvas, into a site, or into a pool (a server may also go on a site). */
  target: 'canvas' | 'site' | 'pool';
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  { id: 'site-central', label: 'Central site', glyph: 'CS', icon: 'central-site', category: 'Sites', keywords: 'data centre datacenter', target: 'canvas' },
  { id: 'site-branch', label: 'Branch site', glyph: 'BS', icon: 'branch-site', category: 'Sites', keywords: 'office branch', target: 'canvas' },
  { id: 'pool', label: 'Empty pool', glyph: 'P', icon: 'pool', category: 'Pools and servers', keywords: 'pool group', target: 'site' },
  ...SERVER_ROLES.map(
    (role): PaletteItem => ({
      id: `server:${role}`,
      label: ROLE_LABELS[role].label,
      glyph: ROLE_LABELS[role].glyph,
      icon: role,
      category: 'Pools and servers',
      keywords: `server ${role.replace(/-/g, ' ')}`,
      target: 'pool',
    }),
  ),
  { id: 'sql-instance', label: 'SQL Server instance', glyph: 'SQL', icon: 'sqlInstance', category: 'Storage and telephony', keywords: 'database back end mirror witness', target: 'site' },
  { id: 'file-store', label: 'File store', glyph: 'FS', icon: 'fileStore', category: 'Storage and telephony', keywords: 'share file', target: 'site' },
  { id: 'gateway', label: 'PSTN gateway', glyph: 'GW', icon: 'gateway', category: 'Storage and telephony', keywords: 'pstn ip-pbx sip trunk', target: 'site' },
  { id: 'reverse-proxy', label: 'Reverse proxy', glyph: 'RP', icon: 'reverseProxy', category: 'Perimeter', keywords: 'reverse proxy publish external web simple url mobility perimeter', target: 'site' },
];

export function paletteItem(id: string): PaletteItem | undefined {
  return PALETTE_ITEMS.find((i) => i.id === id);
}
