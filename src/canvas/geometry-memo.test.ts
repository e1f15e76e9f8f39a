import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { reparent, setPlacements, updateElement } from '../domain/commands';
import { computeGeometry } from '../layout/geometry';
import { bakeLayout } from '../layout/tidy';
import { createGeometryMemo } from './geometry-memo';

describe('geometry memo', () => {
  it('reuses the geometry across edits that cannot move anything', () => {
    const memo = createGeometryMemo();
    const d = bakeLayout(SAMPLES.small.load());
    const g = memo(d);
    expect(memo(updateElement(d, 'se1', { loadBalancing: 'dns' }))).toBe(g);
    expect(memo(updateElement(d, 'se1-srv', { ip: '10.0.0.5', description: 'rack 4' }))).toBe(g);
  });

  it('recomputes when a box must hold other text: a longer name widens it, on the canvas as in pictures', () => {
    const memo = createGeometryMemo();
    const d = bakeLayout(SAMPLES.small.load());
    const g = memo(d);
    const renamed = updateElement(d, 'se1', { fqdn: 'a-much-longer-standard-edition-pool-name.fabrikam.com' });
    expect(memo(renamed)).not.toBe(g);
    expect(memo(renamed).absolute.get('se1')!.w).toBeGreaterThan(g.absolute.get('se1')!.w);
    expect(memo(renamed).absolute).toEqual(computeGeometry(renamed).absolute);
    const relabelled = updateElement(renamed, 'se1-srv', { role: 'front-end' });
    expect(memo(relabelled).absolute).toEqual(computeGeometry(relabelled).absolute);
  });

  it('recomputes when the layout or a container changes, and matches computeGeometry', () => {
    const memo = createGeometryMemo();
    const d = bakeLayout(SAMPLES.small.load());
    const g = memo(d);
    const moved = setPlacements(d, { se1: { x: 500, y: 300 } });
    expect(memo(moved)).not.toBe(g);
    expect(memo(moved).absolute).toEqual(computeGeometry(moved).absolute);
    const rehomed = { ...moved, servers: moved.servers.map((s) => (s.id === 'se2-srv' ? { ...s, poolId: 'se1' } : s)) };
    expect(memo(rehomed).absolute).toEqual(computeGeometry(rehomed).absolute);
    const branch = reparent(rehomed, 'owa', 'branch1');
    expect(memo(branch).absolute).toEqual(computeGeometry(branch).absolute);
  });
});
