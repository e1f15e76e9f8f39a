import { describe, expect, it } from 'vitest';
import { generateDesign } from '../domain/testing/generate-design';
import { SAMPLES } from '../document/samples';
import { jobOf, runSteps } from '../domain/steps';
import { computeGeometry, geometrySteps } from './geometry';
import { bakeLayout, bakeLayoutSteps } from './tidy';

describe('geometry and baking in steps', () => {
  it('gives the geometry computeGeometry gives, then computeGeometry remembers it', () => {
    const design = generateDesign({ seed: 4, elements: 3000 });
    const job = jobOf(geometrySteps(design));
    let steps = 0;
    let done;
    while (!(done = job.step(0))) steps++;
    expect(steps).toBeGreaterThan(3);
    const fresh = computeGeometry(generateDesign({ seed: 4, elements: 3000 }));
    expect(done.value.relative).toEqual(fresh.relative);
    expect(done.value.absolute).toEqual(fresh.absolute);
    expect(done.value.minimum).toEqual(fresh.minimum);
    expect(computeGeometry(design)).toBe(done.value);
  });

  it('bakes the layout bakeLayout bakes, and lays out the baked design too', () => {
    const design = generateDesign({ seed: 9, elements: 800 });
    const baked = runSteps(bakeLayoutSteps(design));
    expect(baked.layout).toEqual(bakeLayout(generateDesign({ seed: 9, elements: 800 })).layout);
    expect(bakeLayout(baked)).toBe(baked);
    // The geometry remembered for the baked design is what computing it afresh gives.
    const again = computeGeometry(JSON.parse(JSON.stringify(baked)) as typeof baked);
    expect(computeGeometry(baked).relative).toEqual(again.relative);
    expect(computeGeometry(baked).absolute).toEqual(again.absolute);
  });

  it('bakeLayout hands over the geometry it computed, which is what the baked design lays out to', () => {
    for (const design of [SAMPLES.small.load(), generateDesign({ seed: 5, elements: 300 }), generateDesign({ seed: 6, elements: 60, withLayout: true })]) {
      const before = computeGeometry(design);
      const baked = bakeLayout(design);
      expect(baked).not.toBe(design);
      // Not laid out again: the very geometry object of the design as it came.
      expect(computeGeometry(baked)).toBe(before);
      const again = computeGeometry(JSON.parse(JSON.stringify(baked)) as typeof baked);
      expect(before.relative).toEqual(again.relative);
      expect(before.absolute).toEqual(again.absolute);
      expect(before.minimum).toEqual(again.minimum);
    }
  });
});
