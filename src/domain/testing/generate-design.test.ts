import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../document/parse';
import { serializeDesign } from '../../document/serialize';
import { elementCount } from '../queries';
import { generateDesign } from './generate-design';

describe('generateDesign', () => {
  it('is reproducible from its seed and sized as asked', () => {
    const a = generateDesign({ seed: 7, elements: 500 });
    expect(generateDesign({ seed: 7, elements: 500 })).toEqual(a);
    expect(generateDesign({ seed: 8, elements: 500 })).not.toEqual(a);
    expect(elementCount(a)).toBeGreaterThanOrEqual(500);
    expect(elementCount(a)).toBeLessThan(560);
  });

  it('produces documents the loader accepts', () => {
    for (const size of [50, 2000]) {
      const d = generateDesign({ seed: size, elements: size, withLayout: true });
      const result = loadDesign(serializeDesign(d));
      expect(result.ok ? 'loaded' : result.error.message).toBe('loaded');
    }
  });
});
