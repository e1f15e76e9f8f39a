import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placementSchema } from '../schema/placement';
import { plainPlacement } from './layout';

const number = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1_000_001, max: 1_000_001 }),
  fc.constantFrom(0, -0, 1_000_000, -1_000_000, 1_000_000.5, -1, Infinity, -Infinity, NaN),
);
const value = fc.oneof(number, fc.string(), fc.constant(null), fc.constant(undefined), fc.boolean());
const placementLike = fc.oneof(
  fc.record({ x: value, y: value, w: value, h: value }, { requiredKeys: [] }),
  fc.record({ x: number, y: number }),
  fc.record({ x: number, y: number, w: number, h: number, z: value }, { requiredKeys: ['x', 'y'] }),
  fc.array(number),
  value,
);

describe('plainPlacement (the layout fast path) agrees with placementSchema', () => {
  it('gives exactly zod’s result whenever it gives one, and gives one for every plain placement', () => {
    fc.assert(
      fc.property(placementLike, (v) => {
        const fast = plainPlacement(v);
        const zod = placementSchema().safeParse(v);
        if (fast !== undefined) {
          expect(zod.success).toBe(true);
          expect(fast).toStrictEqual(zod.data);
          expect(Object.keys(fast)).toEqual(Object.keys(zod.data!));
        }
        const plain = typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).every((k) => ['x', 'y', 'w', 'h'].includes(k) && typeof (v as Record<string, unknown>)[k] === 'number');
        if (zod.success && plain) expect(fast).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves to zod what is not plain: other keys, a class instance, an array', () => {
    expect(plainPlacement({ x: 1, y: 2, note: 'a' })).toBeUndefined();
    expect(plainPlacement(Object.assign(new (class P {})(), { x: 1, y: 2 }))).toBeUndefined();
    expect(plainPlacement([1, 2])).toBeUndefined();
    expect(plainPlacement({ x: 1, y: 2, w: -1 })).toBeUndefined();
    expect(plainPlacement({ x: 1, y: 2, w: 3, h: 4 })).toEqual({ x: 1, y: 2, w: 3, h: 4 });
  });
});
