import { describe, expect, it } from 'vitest';
import { rasterSize, rasterSizeProblem } from './raster-limits';

describe('PNG size guard', () => {
  it('allows pictures within the browser canvas limits', () => {
    expect(rasterSizeProblem(1200, 800, 3)).toBeUndefined();
    expect(rasterSize(100.5, 10, 2)).toEqual({ width: 201, height: 20 });
  });

  it('refuses a side longer than the limit, suggesting a scale that fits', () => {
    const problem = rasterSizeProblem(6000, 1000, 3);
    expect(problem).toContain('18000 x 3000 pixels');
    expect(problem).toContain('try 2x');
  });

  it('refuses too many pixels, suggesting SVG when no scale fits', () => {
    const problem = rasterSizeProblem(17000, 17000, 1);
    expect(problem).toContain('export SVG instead');
  });
});
