import { describe, expect, it } from 'vitest';
import { generateDesign } from '../domain/testing/generate-design';
import { updateElement } from '../domain/commands';
import { jobOf } from '../domain/steps';
import { validate, validatedAlready, validateSteps } from './engine';

describe('validation in steps', () => {
  it('finds what validate finds, a rule per step, and validate then answers with the same array', () => {
    const base = generateDesign({ seed: 2, elements: 1500 });
    const design = updateElement(base, base.pools[0]!.id, { users: 90_000 });
    expect(validatedAlready(design)).toBeUndefined();
    const job = jobOf(validateSteps(design));
    let steps = 0;
    let done;
    while (!(done = job.step(0))) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(validatedAlready(design)).toBe(done.value);
    expect(validate(design)).toBe(done.value);
    const again = updateElement(base, base.pools[0]!.id, { users: 90_000 });
    expect(validate(again)).toEqual(done.value);
    expect(done.value.length).toBeGreaterThan(0);
  });
});
