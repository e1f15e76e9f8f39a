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
  | 'gateway';

export type PaletteCategory = 'Sites' | 'Pools and servers' | 'Storage and telephony';

export interface PaletteItem {
  id: PaletteItemId;
  label: string;
  glyph: string;
  category: PaletteCategory;
  /** Words the palette search also matches. */
  keywords: string;
  /** Where it may be dropped: on free canvas, into a site, or into a pool (a server may also go on a site). */
  target: 'canvas' | 'site' | 'pool';
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  { id: 'site-central', label: 'Central site', glyph: 'CS', category: 'Sites', keywords: 'data centre datacenter', target: 'canvas' },
  { id: 'site-branch', label: 'Branch site', glyph: 'BS', category: 'Sites', keywords: 'office branch', target: 'canvas' },
  { id: 'pool', label: 'Empty pool', glyph: 'P', category: 'Pools and servers', keywords: 'pool group', target: 'site' },
  ...SERVER_ROLES.map(
    (role): PaletteItem => ({
      id: `server:${role}`,
      label: ROLE_LABELS[role].label,
      glyph: ROLE_LABELS[role].glyph,
      category: 'Pools and servers',
      keywords: `server ${role.replace(/-/g, ' ')}`,
      target: 'pool',
    }),
  ),
  { id: 'sql-instance', label: 'SQL Server instance', glyph: 'SQL', category: 'Storage and telephony', keywords: 'database back end mirror witness', target: 'site' },
  { id: 'file-store', label: 'File store', glyph: 'FS', category: 'Storage and telephony', keywords: 'share file', target: 'site' },
  { id: 'gateway', label: 'PSTN gateway', glyph: 'GW', category: 'Storage and telephony', keywords: 'pstn ip-pbx sip trunk', target: 'site' },
];

export function paletteItem(id: string): PaletteItem | undefined {
  return PALETTE_ITEMS.find((i) => i.id === id);
}
