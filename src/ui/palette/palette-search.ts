/** Palette search and grouping: pure, so it is tested without a browser. */
import type { PaletteCategory, PaletteItem, PaletteItemId } from '../../canvas/palette-items';

/** Every word must appear in the label, keywords or category (case-insensitive); an empty query keeps all. */
export function filterPalette(items: readonly PaletteItem[], query: string): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const text = `${item.label} ${item.keywords} ${item.category} ${item.glyph}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Items by category, categories in the order they first appear. */
export function groupPalette(items: readonly PaletteItem[]): { category: PaletteCategory; items: PaletteItem[] }[] {
  const groups = new Map<PaletteCategory, PaletteItem[]>();
  for (const item of items) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  return [...groups].map(([category, list]) => ({ category, items: list }));
}

/** One colour per kind and role, so tiles tell roles apart before their labels are read. */
export const GLYPH_COLORS: Record<PaletteItemId, string> = {
  'site-central': '#1f5fa8',
  'site-branch': '#6a4c9c',
  pool: '#5f6b7a',
  'server:front-end': '#0b7a75',
  'server:standard-edition': '#2e7d32',
  'server:director': '#8e5b00',
  'server:edge': '#c2410c',
  'server:mediation': '#7b1fa2',
  'server:persistent-chat': '#ad1457',
  'server:trusted-application': '#455a64',
  'server:office-web-apps': '#d84315',
  'server:survivable-branch-appliance': '#5d4037',
  'server:survivable-branch-server': '#6d6e1a',
  'sql-instance': '#b71c1c',
  'file-store': '#00838f',
  gateway: '#37474f',
  'reverse-proxy': '#3949ab',
};
