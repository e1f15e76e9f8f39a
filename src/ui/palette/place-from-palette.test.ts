import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLES } from '../../document/samples';
import { applyCommand } from '../../domain/design-command';
import { emptyDesign, type Design } from '../../domain/design';
import { findElement, poolRole, serversOf } from '../../domain/queries';
import { bakeLayout } from '../../layout/tidy';
import { computeGeometry } from '../../layout/geometry';
import { placeFromPalette } from './place-from-palette';

let small: Design;
beforeEach(() => {
  small = bakeLayout(SAMPLES.small.load());
});

function place(design: Design, item: Parameters<typeof placeFromPalette>[1], selection: string[] = []) {
  const r = placeFromPalette(design, item, selection);
  if (!r.ok) throw new Error(r.message);
  return { ...r, design: applyCommand(design, r.command) };
}

describe('placeFromPalette', () => {
  it('puts a server into the selected pool', () => {
    const { design, created } = place(small, 'server:front-end', ['se2']);
    const server = findElement(design, created)!.element as { poolId: string; role: string };
    expect(server.poolId).toBe('se2');
    expect(server.role).toBe('front-end');
    expect(serversOf(design, 'se2')).toHaveLength(2);
  });

  it('puts a server into the pool of the selected server', () => {
    const { design, created } = place(small, 'server:edge', ['edge-srv']);
    expect((findElement(design, created)!.element as { poolId: string }).poolId).toBe('edge');
  });

  it('gives a Standard Edition server a pool of its own, in the selected site, with the pool FQDN', () => {
    const { design, created, ids } = place(small, 'server:standard-edition', ['central']);
    expect(ids).toHaveLength(2);
    const server = findElement(design, created)!.element as { poolId: string; fqdn: string };
    const pool = findElement(design, server.poolId)!.element as { siteId: string; fqdn: string };
    expect(pool.siteId).toBe('central');
    expect(server.fqdn).toBe(pool.fqdn);
    expect(pool.fqdn).toMatch(/\.fabrikam\.com$/);
    expect(poolRole(design, server.poolId)).toBe('standard-edition');
  });

  it('without a selection, puts a branch appliance into a branch site and others into a central site', () => {
    const sba = place(small, 'server:survivable-branch-appliance');
    const sbaServer = findElement(sba.design, sba.created)!.element as { poolId: string };
    expect((findElement(sba.design, sbaServer.poolId)!.element as { siteId: string }).siteId).toBe('branch1');
    const sql = place(small, 'sql-instance');
    expect((findElement(sql.design, sql.created)!.element as { siteId: string }).siteId).toBe('central');
  });

  it('puts site-level elements into the site of the selected element', () => {
    const { design, created } = place(small, 'gateway', ['sba1-srv']);
    expect((findElement(design, created)!.element as { siteId: string }).siteId).toBe('branch1');
  });

  it('places the new element in free room, not on top of what the container holds', () => {
    const { design, created } = place(small, 'file-store', ['central']);
    const geometry = computeGeometry(design);
    const mine = geometry.absolute.get(created)!;
    for (const other of ['se1', 'se2', 'edge', 'owa', 'gw-central']) {
      const b = geometry.absolute.get(other)!;
      const overlap = mine.x < b.x + b.w && b.x < mine.x + mine.w && mine.y < b.y + b.h && b.y < mine.y + mine.h;
      expect(overlap, other).toBe(false);
    }
    expect(design.layout?.[created]).toBeDefined();
  });

  it('adds sites beside the existing ones; a branch names the selected or first central site', () => {
    const { design, created } = place(small, 'site-branch', ['se1']);
    const site = findElement(design, created)!.element as { kind: string; centralSiteId?: string };
    expect(site).toMatchObject({ kind: 'branch', centralSiteId: 'central' });
    const central = place(small, 'site-central');
    expect(central.design.layout?.[central.created]?.x).toBeGreaterThan(0);
  });

  it('refuses with a message when there is no container, and creates ids that are free', () => {
    const r = placeFromPalette(emptyDesign(), 'pool', []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/site first/);
    const site = place(emptyDesign(), 'site-central');
    const a = place(site.design, 'pool');
    const b = place(a.design, 'pool');
    expect(a.created).not.toBe(b.created);
  });

  it('is one command: a batch for a server in a new pool', () => {
    const r = placeFromPalette(small, 'server:front-end', ['central']);
    expect(r.ok && r.command.op).toBe('batch');
  });
});
