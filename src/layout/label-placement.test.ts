import { describe, expect, it } from 'vitest';
import { middleOut } from './label-placement';

describe('middleOut', () => {
  it('orders 0..steps as sorting by distance to the middle does (stable: the lower of a tie first)', () => {
    for (let steps = 1; steps <= 64; steps++) {
      const sorted = Array.from({ length: steps + 1 }, (_, i) => i).sort((i, j) => Math.abs(i - steps / 2) - Math.abs(j - steps / 2));
      expect(Array.from({ length: steps + 1 }, (_, k) => middleOut(steps, k)), `steps ${steps}`).toEqual(sorted);
    }
  });
});
