import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { placementOf } from '../domain/elements/layout';
import { overlaps } from './free-space';
import { computeGeometry } from './geometry';
import { minimumSize, resizeContainer } from './resize';
import { bakeLayout, tidyLayout } from './tidy';

const small = () => bakeLayout(SAMPLES.small.load());

describe('resizing a site or a pool', () => {
  it('saves a larger size in the layout; the box grows and nothing overlaps', () => {
    const d = small();
    const before = computeGeometry(d).relative.get('se1')!;
    const next = resizeContainer(d, 'se1', { w: before.w + 150, h: before.h + 90 });
    const after = computeGeometry(next).relative.get('se1')!;
    expect([after.w, after.h]).toEqual([Math.round(before.w + 150), Math.round(before.h + 90)]);
    expect(placementOf(next.layout, 'se1')).toMatchObject({ x: before.x, y: before.y, w: after.w, h: after.h });
    // A grown pool pushes a neighbour it now covers aside, and the site grows around it.
    expect(overlaps(next)).toEqual([]);
  });

  it('never goes below the content: a site resized to nothing keeps its pools inside', () => {
    const d = small();
    const min = minimumSize(d, 'central')!;
    const next = resizeContainer(resizeContainer(d, 'central', { w: 3000, h: 2000 }), 'central', { w: 10, h: 10 });
    const box = computeGeometry(next).relative.get('central')!;
    expect([box.w, box.h]).toEqual([min.w, min.h]);
    expect(overlaps(next)).toEqual([]);
  });

  it('a near miss changes nothing: the same size, a server (not a container), an unknown id', () => {
    const d = small();
    const box = computeGeometry(d).relative.get('se1')!;
    expect(resizeContainer(d, 'se1', { w: box.w, h: box.h })).toBe(d);
    expect(resizeContainer(d, 'se1-srv', { w: 900, h: 900 })).toBe(d);
    expect(resizeContainer(d, 'nope', { w: 900, h: 900 })).toBe(d);
  });

  it('Tidy shrinks a resized container back to its content', () => {
    const d = small();
    const grown = resizeContainer(d, 'central', { w: 3000, h: 2000 });
    expect(computeGeometry(grown).relative.get('central')!.w).toBe(3000);
    const min = minimumSize(grown, 'central')!;
    for (const tidied of [tidyLayout(grown), tidyLayout(grown, 'central')]) {
      const box = computeGeometry(tidied).relative.get('central')!;
      expect(box.w).toBeLessThan(3000);
      expect(box.w).toBe(min.w);
    }
  });
});
