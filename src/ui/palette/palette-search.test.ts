import { describe, expect, it } from 'vitest';
import { PALETTE_ITEMS } from '../../canvas/palette-items';
import { GLYPH_COLORS, filterPalette, groupPalette } from './palette-search';

describe('palette search', () => {
  it('keeps everything for an empty query', () => {
    expect(filterPalette(PALETTE_ITEMS, '  ')).toHaveLength(PALETTE_ITEMS.length);
  });
  it('matches labels and keywords, every word', () => {
    expect(filterPalette(PALETTE_ITEMS, 'edge').map((i) => i.id)).toEqual(['server:edge']);
    expect(filterPalette(PALETTE_ITEMS, 'database').map((i) => i.id)).toEqual(['sql-instance']);
    expect(filterPalette(PALETTE_ITEMS, 'SIP trunk').map((i) => i.id)).toEqual(['gateway']);
    expect(filterPalette(PALETTE_ITEMS, 'branch survivable').map((i) => i.id)).toEqual([
      'server:survivable-branch-appliance',
      'server:survivable-branch-server',
    ]);
    expect(filterPalette(PALETTE_ITEMS, 'zzz')).toEqual([]);
  });
  it('groups by category in palette order and has a distinct colour for every item', () => {
    expect(groupPalette(PALETTE_ITEMS).map((g) => g.category)).toEqual(['Sites', 'Pools and servers', 'Storage and telephony', 'Perimeter']);
    const colours = PALETTE_ITEMS.map((i) => GLYPH_COLORS[i.id]);
    expect(new Set(colours).size).toBe(PALETTE_ITEMS.length);
  });
});
