import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDesignValue } from '../../document/parse';
import { arbitraryDesign } from './arbitrary-design';

describe('arbitraryDesign', () => {
  it('yields designs the load pipeline accepts unchanged', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const loaded = loadDesignValue(design);
        expect(loaded.ok ? 'loaded' : loaded.error.message).toBe('loaded');
        expect(loaded.ok && loaded.value).toEqual(design);
      }),
      { numRuns: 200 },
    );
  });
});
