import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { bakeLayout } from '../layout/tidy';
import { copySelection, pasteClipboard } from './clipboard';
import { addElement } from './commands';
import { findElement, serversOf } from './queries';
import type { Server } from './elements/server';

const small = () => bakeLayout(SAMPLES.small.load());

describe('copySelection', () => {
  it('takes pools with their servers and lone servers, nothing else', () => {
    const d = small();
    const clip = copySelection(d, ['se1', 'se1-srv', 'edge-srv', 'central', 'pair'])!;
    expect(clip.pools.map((p) => p.pool.id)).toEqual(['se1']);
    expect(clip.pools[0]!.servers.map((s) => s.server.id)).toEqual(['se1-srv']);
    expect(clip.servers.map((s) => s.server.id)).toEqual(['edge-srv']);
    expect(copySelection(d, ['central', 'pair'])).toBeUndefined();
  });
});

describe('pasteClipboard', () => {
  it('renumbers a Standard Edition pool and its server to one new FQDN, with new ids', () => {
    const d = small();
    const clip = copySelection(d, ['se1'])!;
    const { design, ids } = pasteClipboard(d, clip, { offset: 20 });
    expect(ids).toEqual(['se3']);
    const pool = findElement(design, 'se3')!.element as { fqdn: string; siteId: string; centralManagementStore?: boolean };
    expect(pool.fqdn).toBe('se3.fabrikam.com');
    expect(pool.siteId).toBe('central');
    expect(pool.centralManagementStore).toBeUndefined();
    const servers = serversOf(design, 'se3');
    expect(servers.map((s) => [s.id, s.fqdn, s.role])).toEqual([['se3-srv', 'se3.fabrikam.com', 'standard-edition']]);
    expect(design.layout!.se3).toEqual({ x: d.layout!.se1!.x + 20, y: d.layout!.se1!.y + 20 });
    // The original is untouched.
    expect(design.pools.find((p) => p.id === 'se1')).toBe(d.pools.find((p) => p.id === 'se1'));
  });

  it('renumbers a lone Front End copy to the next free number and adds it to its pool', () => {
    let d = small();
    const fe = (id: string, n: string): Server => ({ id, poolId: 'se2', fqdn: `fe${n}.fabrikam.com`, role: 'front-end' });
    d = addElement(d, 'servers', fe('a', '01'));
    d = addElement(d, 'servers', fe('b', '03'));
    const { design, ids } = pasteClipboard(d, copySelection(d, ['b'])!, { offset: 10 });
    expect(ids).toEqual(['fe04']);
    expect((findElement(design, 'fe04')!.element as Server).fqdn).toBe('fe04.fabrikam.com');
    expect((findElement(design, 'fe04')!.element as Server).poolId).toBe('se2');
  });

  it('pastes twice without reusing a name, and into a chosen pool', () => {
    const d = small();
    const clip = copySelection(d, ['edge-srv'])!;
    const once = pasteClipboard(d, clip, { offset: 20 });
    const twice = pasteClipboard(once.design, clip, { offset: 40, targetPoolId: 'owa' });
    const fqdns = twice.design.servers.map((s) => s.fqdn);
    expect(new Set(fqdns).size).toBe(fqdns.length);
    expect((findElement(twice.design, twice.ids[0]!)!.element as Server).poolId).toBe('owa');
  });

  it('skips copies whose container is gone', () => {
    const d = small();
    const clip = copySelection(d, ['edge-srv'])!;
    const gone = { ...d, pools: d.pools.filter((p) => p.id !== 'edge') };
    expect(pasteClipboard(gone, clip, { offset: 20 })).toEqual({ design: gone, ids: [] });
  });
});
