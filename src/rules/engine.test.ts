import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { setPlacements, updateElement } from '../domain/commands';
import type { Design } from '../domain/design';
import { generateDesign } from '../domain/testing/generate-design';
import { bakeLayout } from '../layout/tidy';
import { validate } from './engine';

describe('validate', () => {
  const designs: [string, Design][] = [
    ['medium template', SAMPLES.medium.load()],
    ['small template', SAMPLES.small.load()],
    ...Array.from({ length: 5 }, (_, i): [string, Design] => [`generated seed ${i + 1}`, generateDesign({ seed: i + 1, elements: 300 })]),
  ];
  it.each(designs)('%s: no rule reads the layout (a fresh copy laid out elsewhere has the same findings)', (_, design) => {
    const elsewhere = structuredClone(bakeLayout(design));
    for (const p of Object.values(elsewhere.layout ?? {})) p.x += 37;
    expect(validate(elsewhere)).toEqual(validate(design));
  });

  it('gives the same findings array after a move, and judges again after a property edit', () => {
    const design = SAMPLES.medium.load();
    const before = validate(design);
    const moved = setPlacements(design, { pool1: { x: 400, y: 300 } });
    expect(validate(moved)).toBe(before);
    const edited = updateElement(moved, 'pool1', { users: 90_000 });
    const after = validate(edited);
    expect(after).not.toBe(before);
    expect(after.map((f) => f.rule)).not.toEqual(before.map((f) => f.rule));
  });

  it('keeps the objects of findings an edit did not change, and the array when none changed', () => {
    const design = SAMPLES.medium.load();
    const before = validate(design);
    const renamed: Design = { ...design, pools: [...design.pools] }; // judged again, the same findings
    expect(renamed).not.toBe(design);
    const unchanged = validate(renamed);
    expect(unchanged).toEqual(before);
    expect(unchanged).toBe(before);
    const edited = updateElement(renamed, 'pool1', { users: 90_000 });
    const after = validate(edited);
    const fresh = validate(structuredClone(edited));
    expect(after).toEqual(fresh);
    const kept = after.filter((f) => before.includes(f));
    const added = after.filter((f) => !before.includes(f));
    expect(added.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    for (const f of added) expect(before.some((b) => JSON.stringify(b) === JSON.stringify(f))).toBe(false);
  });
});
