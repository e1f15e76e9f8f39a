import { describe, expect, it } from 'vitest';
import { floatingEnds } from './edge-geometry';

describe('floatingEnds', () => {
  it('starts and ends on the facing borders of two boxes side by side', () => {
    const e = floatingEnds({ x: 0, y: 0, w: 100, h: 50 }, { x: 300, y: 0, w: 100, h: 50 });
    expect(e).toEqual({ sx: 100, sy: 25, tx: 300, ty: 25 });
  });

  it('separates links of one pair into lanes on either side', () => {
    const a = { x: 0, y: 0, w: 100, h: 100 };
    const b = { x: 300, y: 0, w: 100, h: 100 };
    const up = floatingEnds(a, b, -0.5);
    const down = floatingEnds(a, b, 0.5);
    expect(up.sy).toBeLessThan(50);
    expect(down.sy).toBeGreaterThan(50);
    expect(up.sx).toBe(100);
  });
});
