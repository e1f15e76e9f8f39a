import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { addElement, updateElement } from '../domain/commands';
import { emptyDesign } from '../domain/design';
import type { Pool } from '../domain/elements/pool';
import type { Server } from '../domain/elements/server';
import { findElement, serversOf } from '../domain/queries';
import { overlaps } from '../layout/free-space';
import { computeGeometry } from '../layout/geometry';
import { bakeLayout } from '../layout/tidy';
import { poolRenameSuggestion } from './element-factory';
import { commitDrag, paletteDrop, nudge, type GestureResult } from './gestures';
import { deletionPlan, linkChoices, linkRefusal } from './link-gestures';

const small = () => bakeLayout(SAMPLES.small.load());
const center = (d: ReturnType<typeof small>, id: string) => {
  const b = computeGeometry(d).absolute.get(id)!;
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
};
const ok = (r: GestureResult) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('palette drops', () => {
  it('creates a named central site on free canvas and refuses one inside a site', () => {
    const d = small();
    const r = ok(paletteDrop(d, 'site-central', { x: 5000, y: 100 }));
    const site = findElement(r.design, r.select[0]!)!.element as { name: string; kind: string };
    expect(site).toMatchObject({ name: 'Central site 2', kind: 'central' });
    expect(r.design.layout![r.select[0]!]).toMatchObject({ x: 4980, y: 80 });
    expect(paletteDrop(d, 'site-central', center(d, 'central')).ok).toBe(false);
  });

  it('names a dropped branch after the nearest central site', () => {
    const r = ok(paletteDrop(small(), 'site-branch', { x: 5000, y: 100 }));
    expect(findElement(r.design, r.select[0]!)!.element).toMatchObject({ kind: 'branch', centralSiteId: 'central' });
  });

  it('adds a server dropped on a pool to that pool, with a numbered FQDN', () => {
    const d = small();
    const r = ok(paletteDrop(d, 'server:standard-edition', center(d, 'se1')));
    const server = findElement(r.design, r.select[0]!)!.element as Server;
    expect(server).toMatchObject({ poolId: 'se1', role: 'standard-edition', fqdn: 'se3.fabrikam.com' });
    expect(r.design.layout![server.id]).toBeDefined();
  });

  it('gives a Front End dropped on free space of a site a pool of its own, with an FQDN of its own', () => {
    const d = small();
    const site = computeGeometry(d).absolute.get('central')!;
    const r = ok(paletteDrop(d, 'server:front-end', { x: site.x + site.w - 30, y: site.y + site.h - 20 }));
    const pool = findElement(r.design, r.select[0]!)!.element as Pool;
    expect(pool.siteId).toBe('central');
    expect(pool.fqdn).toBe('pool01.fabrikam.com');
    expect(serversOf(r.design, pool.id).map((s) => s.fqdn)).toEqual(['fe01.fabrikam.com']);
    expect(poolRenameSuggestion(r.design, pool.id)).toBeUndefined();
  });

  it('gives a Standard Edition server a pool known by the server FQDN, and offers a rename when a second server joins', () => {
    const d = small();
    const site = computeGeometry(d).absolute.get('central')!;
    const r = ok(paletteDrop(d, 'server:standard-edition', { x: site.x + site.w - 30, y: site.y + site.h - 20 }));
    const pool = findElement(r.design, r.select[0]!)!.element as Pool;
    expect(serversOf(r.design, pool.id).map((s) => s.fqdn)).toEqual([pool.fqdn]);
    expect(poolRenameSuggestion(r.design, pool.id)).toBeUndefined();
    const two = ok(paletteDrop(r.design, 'server:standard-edition', center(r.design, pool.id))).design;
    expect(serversOf(two, pool.id)).toHaveLength(2);
    expect(poolRenameSuggestion(two, pool.id)).toBe('pool01.fabrikam.com');
  });

  it('puts pools, SQL instances, file stores and gateways in the site under the drop', () => {
    const d = small();
    for (const item of ['pool', 'sql-instance', 'file-store', 'gateway'] as const) {
      const r = ok(paletteDrop(d, item, center(d, 'branch1')));
      expect((findElement(r.design, r.select[0]!)!.element as { siteId: string }).siteId).toBe('branch1');
    }
  });

  it('refuses pool-level items and servers outside any site, with a reason', () => {
    const far = { x: -5000, y: -5000 };
    for (const item of ['pool', 'sql-instance', 'server:edge'] as const) {
      const r = paletteDrop(small(), item, far);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/belongs in a (site|pool)/);
    }
    expect(paletteDrop(emptyDesign(), 'site-central', { x: 0, y: 0 }).ok).toBe(true);
  });
});

describe('drag end', () => {
  it('moves a server into the pool it is dropped on, into free space next to the server already there', () => {
    const d = small();
    const g = computeGeometry(d);
    const se2 = g.absolute.get('se2')!;
    const from = g.absolute.get('se1')!;
    // A position relative to the old pool that lands inside se2.
    const rel = { x: se2.x - from.x + 12, y: se2.y - from.y + 80 };
    const { design, refused } = commitDrag(d, { moves: new Map([['se1-srv', rel]]), primaryId: 'se1-srv', pointer: center(d, 'se2') });
    expect(refused).toBeUndefined();
    expect((findElement(design, 'se1-srv')!.element as Server).poolId).toBe('se2');
    // Let go on top of se2's own server: it lands just below it instead, and the pool grows to hold both.
    expect(design.layout!['se1-srv']!.x).toBe(12);
    expect(design.layout!['se1-srv']!.y).toBeGreaterThan(80);
    expect(overlaps(design)).toEqual([]);
  });

  it('moves a pool into another site and keeps its size', () => {
    const d = small();
    const { design } = commitDrag(d, { moves: new Map([['edge', { x: 30, y: 500 }]]), primaryId: 'edge', pointer: center(d, 'branch1') });
    expect((findElement(design, 'edge')!.element as Pool).siteId).toBe('branch1');
  });

  it('commits a move inside the same container as a new position', () => {
    const d = small();
    const { design } = commitDrag(d, { moves: new Map([['gw-central', { x: 300, y: 500 }]]), primaryId: 'gw-central', pointer: center(d, 'central') });
    expect(design.layout!['gw-central']).toEqual({ x: 300, y: 500 });
  });

  it('puts a server dropped outside any pool back, saying why', () => {
    const d = small();
    const r = commitDrag(d, { moves: new Map([['se1-srv', { x: 3000, y: 3000 }]]), primaryId: 'se1-srv', pointer: { x: -900, y: -900 } });
    expect(r.design).toBe(d);
    expect(r.refused).toMatch(/belongs in a pool/);
  });
});

describe('nudge', () => {
  it('moves selected elements once, not their selected children again', () => {
    const d = small();
    const next = nudge(d, ['se1', 'se1-srv', 'pair'], 10, -1);
    expect(next.layout!.se1).toMatchObject({ x: d.layout!.se1!.x + 10, y: d.layout!.se1!.y - 1 });
    expect(next.layout!['se1-srv']).toEqual(d.layout!['se1-srv']);
  });
});

describe('links and deletion', () => {
  it('offers the kinds the link table allows in either direction, minus existing links', () => {
    let d = small();
    d = addElement(d, 'sqlInstances', { id: 'sql', siteId: 'central', host: 'sql01.fabrikam.com', instance: '', edition: 'standard', version: '2012' });
    const kinds = linkChoices(d, 'sql', 'se1').map((c) => `${c.kind}:${c.from}>${c.to}`);
    expect(kinds).toEqual(['backend:se1>sql', 'monitoring-store:se1>sql', 'archiving-store:se1>sql']);
    expect(linkChoices(d, 'se1', 'se2')).toEqual([]); // already paired
    expect(linkRefusal(d, 'se1', 'se2')).toMatch(/already linked \(paired backup\)/);
    expect(linkChoices(d, 'edge', 'owa')).toEqual([]);
    expect(linkRefusal(d, 'edge', 'owa')).toMatch(/cannot be linked/);
    const noMediation = updateElement(d, 'se2', { collocatedMediation: undefined });
    expect(linkChoices(noMediation, 'gw-central', 'se2')).toEqual([]);
    expect(linkRefusal(noMediation, 'gw-central', 'se2')).toMatch(/needs Mediation collocated on se2.fabrikam.com/);
  });

  it('lists what a delete takes beyond the selection', () => {
    const plan = deletionPlan(small(), ['se2']);
    expect(plan.ids).toContain('se2-srv');
    expect(plan.extra).toContain('server se2.fabrikam.com');
    expect(plan.extra).toContain('paired backup link se1.fabrikam.com → se2.fabrikam.com');
    expect(deletionPlan(small(), ['pair']).extra).toEqual([]);
  });
});

describe('no overlap by construction', () => {
  it('drops a SQL instance aimed at a pool next to it, not over its name', () => {
    const d = small();
    const next = ok(paletteDrop(d, 'sql-instance', center(d, 'se1'))).design;
    expect(next.sqlInstances).toHaveLength(d.sqlInstances.length + 1);
    expect(overlaps(next)).toEqual([]);
  });

  it('a pool moved past its site edge stays in the site, and the site grows to hold it', () => {
    const d = small();
    const site = computeGeometry(d).absolute.get('central')!;
    const pointer = { x: site.x + site.w + 150, y: site.y + 60 };
    const rel = { x: site.w + 40, y: 20 };
    const { design, refused } = commitDrag(d, { moves: new Map([['owa', rel]]), primaryId: 'owa', pointer });
    expect(refused).toBeUndefined();
    expect((findElement(design, 'owa')!.element as Pool).siteId).toBe('central');
    expect(computeGeometry(design).absolute.get('central')!.w).toBeGreaterThan(site.w);
    expect(overlaps(design)).toEqual([]);
  });
});
