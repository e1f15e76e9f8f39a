import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type Design } from '../domain/design';
import { PROTOTYPE_NAMES } from '../domain/limits';
import { runSteps } from '../domain/steps';
import { arbitraryDesign } from '../domain/testing/arbitrary-design';
import { generateDesign } from '../domain/testing/generate-design';
import { SAMPLES } from './samples';
import { loadDesign } from './parse';
import { compactFileJsonSteps, toFileObject } from './serialize';

const whole = (d: Design) => JSON.stringify(toFileObject(d));
const inChunks = (d: Design, chunk?: number) => runSteps(compactFileJsonSteps(d, chunk));

describe('compact file JSON in steps (autosave of a large design)', () => {
  it('writes the same text as one stringify of the file object, whatever the chunk size', () => {
    const big = generateDesign({ seed: 3, elements: 1500, withLayout: true });
    for (const chunk of [1, 7, 500, 100_000]) expect(inChunks(big, chunk)).toBe(whole(big));
    const sample = SAMPLES.small.load();
    expect(inChunks(sample, 3)).toBe(whole(sample));
    expect(inChunks({ ...sample, layout: undefined } as Design)).toBe(whole({ ...sample, layout: undefined } as Design));
  });

  it('pauses between chunks, so a large design is many short tasks', () => {
    const big = generateDesign({ seed: 3, elements: 2000, withLayout: true });
    let pauses = 0;
    const steps = compactFileJsonSteps(big, 100);
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThan(2000 / 100);
  });

  it('loads back as the same design, ids named after Object.prototype members included', () => {
    let loadedRuns = 0;
    fc.assert(
      fc.property(arbitraryDesign({ maxElements: 40 }), fc.integer({ min: 1, max: 9 }), (design, chunk) => {
        const names = COLLECTIONS.flatMap((c) => design[c].slice(0, 1).map((e) => e.id));
        let text = JSON.stringify(design);
        names.forEach((id, i) => (text = text.split(`"${id}"`).join(`"${PROTOTYPE_NAMES[i % PROTOTYPE_NAMES.length]!}"`)));
        const loaded = loadDesign(text);
        if (!loaded.ok) return; // a renaming that makes the design invalid says nothing here
        loadedRuns++;
        const back = loadDesign(inChunks(loaded.value, chunk));
        expect(back.ok && whole(back.value)).toBe(whole(loaded.value));
      }),
      // About one renamed design in five still loads (ids clash otherwise): 200 runs give about 40, and
      // fewer than 6 is then no longer a chance a CI run meets (with 60 runs it was about 1 in 70).
      { numRuns: 200 },
    );
    expect(loadedRuns).toBeGreaterThan(5);
    // Without renaming, every design: the text parses to the same object as the whole stringify's.
    fc.assert(
      fc.property(arbitraryDesign({ maxElements: 40 }), fc.integer({ min: 1, max: 9 }), (design, chunk) => {
        expect(JSON.parse(inChunks(design, chunk))).toEqual(JSON.parse(whole(design)));
      }),
      { numRuns: 60 },
    );
  });
});
