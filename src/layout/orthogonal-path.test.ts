import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockedSteps, orthogonalPath, segmentCrosses } from './orthogonal-path';

const box = fc.record({ x: fc.integer({ min: -200, max: 200 }), y: fc.integer({ min: -200, max: 200 }), w: fc.integer({ min: 1, max: 150 }), h: fc.integer({ min: 1, max: 150 }) });
const line = fc.uniqueArray(fc.integer({ min: -400, max: 400 }).map((v) => v / 2), { minLength: 2, maxLength: 14 }).map((v) => v.sort((a, b) => a - b));

describe('blockedSteps', () => {
  it('marks exactly the grid steps that segmentCrosses says enter some block', () => {
    fc.assert(
      fc.property(line, line, fc.array(box, { maxLength: 6 }), (xs, ys, blocks) => {
        const { h, v } = blockedSteps(xs, ys, blocks);
        for (let j = 0; j < ys.length; j++)
          for (let i = 0; i + 1 < xs.length; i++) {
            const crosses = blocks.some((b) => segmentCrosses({ x: xs[i]!, y: ys[j]! }, { x: xs[i + 1]!, y: ys[j]! }, b));
            expect(h[j * (xs.length - 1) + i] === 1).toBe(crosses);
          }
        for (let i = 0; i < xs.length; i++)
          for (let j = 0; j + 1 < ys.length; j++) {
            const crosses = blocks.some((b) => segmentCrosses({ x: xs[i]!, y: ys[j]! }, { x: xs[i]!, y: ys[j + 1]! }, b));
            expect(v[i * (ys.length - 1) + j] === 1).toBe(crosses);
          }
      }),
      { numRuns: 400 },
    );
  });
});

describe('orthogonalPath', () => {
  it('goes around a box between the two ends, never through it', () => {
    const a = { x: 0, y: 0, w: 100, h: 40 };
    const b = { x: 400, y: 0, w: 100, h: 40 };
    const wall = { x: 200, y: -60, w: 60, h: 160 };
    const path = orthogonalPath(a, b, [wall])!;
    expect(path.length).toBeGreaterThan(2);
    for (let k = 0; k + 1 < path.length; k++) expect(segmentCrosses(path[k]!, path[k + 1]!, wall)).toBe(false);
    const onBorder = (p: { x: number; y: number }, r: typeof a) => p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h && (p.x === r.x || p.x === r.x + r.w || p.y === r.y || p.y === r.y + r.h);
    expect(onBorder(path[0]!, a)).toBe(true);
    expect(onBorder(path[path.length - 1]!, b)).toBe(true);
  });
});
