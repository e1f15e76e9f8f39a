import { describe, expect, it } from 'vitest';
import { loadDesign } from './parse';
import { firstVisitSample, SAMPLES } from './samples';
import smallText from './samples/reference-small.json?raw';

describe('the design a first visit opens on', () => {
  it('is the small reference design exactly as the load pipeline returns it, so boot can skip the pipeline', () => {
    const loaded = loadDesign(smallText);
    expect(loaded.ok && loaded.value).toEqual(firstVisitSample());
    expect(firstVisitSample()).toEqual(SAMPLES.small.load());
  });

  it('is a fresh object each time (the store may keep it; nothing shares it)', () => {
    expect(firstVisitSample()).not.toBe(firstVisitSample());
  });
});
