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
    expect(memo(updateElement(d, 'se1', { users: 1 }))).toBe(g);
    expect(memo(updateElement(d, 'se1-srv', { role: 'front-end' }))).toBe(g);
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
