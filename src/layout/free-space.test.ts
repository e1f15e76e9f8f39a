import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { setPlacements } from '../domain/commands';
import { generateDesign } from '../domain/testing/generate-design';
import { intersects } from './box-index';
import { freePlacement, overlaps, separateAround, settle } from './free-space';
import { computeGeometry } from './geometry';
import { bakeLayout, tidyLayout } from './tidy';

const designs = [
  ...Object.entries(SAMPLES).map(([id, s]) => [id, s.load()] as const),
  ...Array.from({ length: 20 }, (_, i) => [`generated seed ${i + 1}`, generateDesign({ seed: i + 1, elements: 40 + i * 15 })] as const),
  ...Array.from({ length: 3 }, (_, i) => [`generated with saved layout ${i + 1}`, tidyLayout(generateDesign({ seed: 100 + i, elements: 120, withLayout: true }))] as const),
];

describe('overlaps', () => {
  it.each(designs)('%s: nothing overlaps and everything is inside its container', (_, design) => {
    expect(overlaps(design)).toEqual([]);
    expect(overlaps(bakeLayout(design))).toEqual([]);
  });

  it('reports two pools at the same place, and a server outside its pool', () => {
    const d = bakeLayout(SAMPLES.medium.load());
    const pool1 = d.layout!.pool1!;
    const stacked = setPlacements(d, { edgepool: { x: pool1.x + 30, y: pool1.y + 10 } });
    expect(overlaps(stacked)).toContainEqual({ kind: 'siblings', a: 'pool1', b: 'edgepool' });
    const outside = setPlacements(d, { fe1: { x: -50, y: 10 } });
    expect(overlaps(outside)).toContainEqual({ kind: 'outside', a: 'fe1', b: 'pool1' });
  });

  it('does not report siblings that only touch or sit close', () => {
    const d = bakeLayout(SAMPLES.medium.load());
    const pool1 = computeGeometry(d).relative.get('pool1')!;
    const beside = setPlacements(d, { edgepool: { x: pool1.x + pool1.w, y: pool1.y } });
    expect(overlaps(beside).filter((o) => o.a === 'edgepool' || o.b === 'edgepool')).toEqual([]);
  });
});

describe('freePlacement and settle', () => {
  it('moves a box that would cover a sibling to the nearest free place', () => {
    const d = bakeLayout(SAMPLES.medium.load());
    const { relative } = computeGeometry(d);
    const pool1 = relative.get('pool1')!;
    const at = freePlacement(d, d.pools.find((p) => p.id === 'pool1')!.siteId, { w: 196, h: 56 }, { x: pool1.x + 10, y: pool1.y + 10 });
    expect(intersects({ x: at.x, y: at.y, w: 196, h: 56 }, pool1)).toBe(false);
    // Near where it was asked for, not somewhere far away.
    expect(Math.hypot(at.x - pool1.x, at.y - pool1.y)).toBeLessThan(pool1.w + pool1.h + 200);
  });

  it('keeps a free position as it is', () => {
    const d = bakeLayout(SAMPLES.small.load());
    const { bounds } = computeGeometry(d);
    expect(freePlacement(d, undefined, { w: 300, h: 200 }, { x: bounds.x + bounds.w + 100, y: 0 })).toEqual({ x: bounds.x + bounds.w + 100, y: 0 });
  });

  it('settles a server put on top of another one in its pool', () => {
    const d = bakeLayout(SAMPLES.medium.load());
    const fe1 = d.layout!.fe1!;
    const stacked = setPlacements(d, { fe2: { x: fe1.x, y: fe1.y } });
    expect(overlaps(stacked).length).toBeGreaterThan(0);
    expect(overlaps(settle(stacked, ['fe2']))).toEqual([]);
  });
});

describe('separateAround', () => {
  it.each([1, 2, 3, 4, 5])('pushes aside whatever a grown container now covers; the grown one keeps its place (seed %i)', (seed) => {
    const d = tidyLayout(generateDesign({ seed, elements: 400, withLayout: true }));
    const before = computeGeometry(d);
    // A pool grows far down and right, over its neighbours in the site, and its site over other sites.
    const pool = d.pools[seed * 3]!;
    const grown = setPlacements(d, { [pool.id]: { ...d.layout![pool.id]!, w: 900, h: 700 } });
    expect(overlaps(grown).length).toBeGreaterThan(0);
    const apart = separateAround(grown, [pool.id]);
    expect(overlaps(apart)).toEqual([]);
    const after = computeGeometry(apart);
    // The grown pool keeps its place; sites it did not reach keep theirs.
    expect(after.relative.get(pool.id)).toMatchObject({ x: before.relative.get(pool.id)!.x, y: before.relative.get(pool.id)!.y });
    // Things move aside, they do not change size.
    for (const [id, box] of before.relative) if (id !== pool.id && id !== pool.siteId) expect([after.relative.get(id)!.w, after.relative.get(id)!.h], id).toEqual([box.w, box.h]);
  });
});
