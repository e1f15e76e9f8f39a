import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { setPlacements, updateElement } from '../domain/commands';
import { generateDesign } from '../domain/testing/generate-design';
import { computeGeometry, type Box } from './geometry';
import { overlaps } from './free-space';
import { bakeLayout, tidyLayout } from './tidy';

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('computeGeometry', () => {
  it('keeps the same geometry object when an edit moves no box, so routes keyed on it are not recomputed', () => {
    const d = SAMPLES.medium.load();
    const before = computeGeometry(d);
    const pool = d.pools.find((p) => (p.users ?? 0) > 0)!;
    const edited = updateElement(d, pool.id, { users: (pool.users ?? 0) + 1 }); // "20,001 users": same width
    expect(edited).not.toBe(d);
    expect(computeGeometry(edited)).toBe(before);
    const server = d.servers[0]!;
    const moved = setPlacements(edited, { [server.id]: { x: before.relative.get(server.id)!.x + 300, y: before.relative.get(server.id)!.y } });
    const after = computeGeometry(moved);
    expect(after).not.toBe(before);
    expect(after.relative.get(server.id)!.x).toBe(before.relative.get(server.id)!.x + 300);
  });

  it('gives every element of a design without layout a box inside its container', () => {
    const d = SAMPLES.medium.load();
    const { absolute } = computeGeometry(d);
    for (const s of d.servers) expect(inside(absolute.get(s.id)!, absolute.get(s.poolId)!)).toBe(true);
    for (const p of d.pools) expect(inside(absolute.get(p.id)!, absolute.get(p.siteId)!)).toBe(true);
    for (const g of d.gateways) expect(inside(absolute.get(g.id)!, absolute.get(g.siteId)!)).toBe(true);
    expect(absolute.size).toBe(d.sites.length + d.pools.length + d.servers.length + d.sqlInstances.length + d.fileStores.length + d.gateways.length);
  });

  it('never overlaps siblings when laying out automatically', () => {
    const d = generateDesign({ seed: 3, elements: 400 });
    const { absolute } = computeGeometry(d);
    const sites = d.sites.map((s) => absolute.get(s.id)!);
    for (let i = 0; i < sites.length; i++) for (let j = i + 1; j < sites.length; j++) expect(overlap(sites[i]!, sites[j]!)).toBe(false);
    const pools = d.pools.filter((p) => p.siteId === 'c1').map((p) => absolute.get(p.id)!);
    for (let i = 0; i < pools.length; i++) for (let j = i + 1; j < pools.length; j++) expect(overlap(pools[i]!, pools[j]!)).toBe(false);
  });

  it('grows a container to hold a child placed beyond its saved size', () => {
    const d = bakeLayout(SAMPLES.small.load());
    const moved = setPlacements(d, { se1: { x: 900, y: 700 } });
    const site = computeGeometry(moved).relative.get('central')!;
    expect(site.w).toBeGreaterThanOrEqual(900 + computeGeometry(moved).relative.get('se1')!.w);
    expect(site.h).toBeGreaterThan(700);
  });
});

describe('bakeLayout and tidyLayout', () => {
  it('tidies many sites into a compact grid, not one long row, with nothing overlapping', () => {
    const d = tidyLayout(generateDesign({ seed: 7, elements: 1500, withLayout: true }));
    const { bounds } = computeGeometry(d);
    const centrals = d.sites.filter((s) => s.kind === 'central').length;
    expect(centrals).toBeGreaterThan(4);
    expect(bounds.w / bounds.h).toBeLessThan(3);
    const tops = new Set(d.sites.filter((s) => s.kind === 'central').map((s) => computeGeometry(d).absolute.get(s.id)!.y));
    expect(tops.size).toBeGreaterThan(1);
    expect(overlaps(d)).toEqual([]);
  });

  it('bakes every element once, and baking twice changes nothing', () => {
    const d = bakeLayout(SAMPLES.small.load());
    expect(Object.keys(d.layout!).length).toBe(computeGeometry(d).relative.size);
    expect(bakeLayout(d)).toBe(d);
  });

  it('keeps automatic positions where they were when one element moves', () => {
    const d = bakeLayout(SAMPLES.medium.load());
    const before = computeGeometry(d).absolute.get('fe3')!;
    const moved = setPlacements(d, { edgepool: { x: 40, y: 600 } });
    expect(computeGeometry(moved).absolute.get('fe3')).toEqual(before);
  });

  it('tidies one container without touching the rest', () => {
    const d = setPlacements(bakeLayout(SAMPLES.medium.load()), { fe2: { x: 500, y: 500 }, edgepool: { x: 700, y: 40 } });
    const tidy = tidyLayout(d, 'pool1');
    expect(tidy.layout!.fe2).not.toEqual({ x: 500, y: 500 });
    expect(tidy.layout!.edgepool).toEqual({ x: 700, y: 40 });
  });
});
