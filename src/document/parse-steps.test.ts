import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../domain/design';
import { designSchema } from '../domain/schema/design';
import { setOwn } from '../domain/elements/layout';
import { generateDesign } from '../domain/testing/generate-design';
import { arbitraryDesign } from '../domain/testing/arbitrary-design';
import { jobOf } from '../domain/steps';
import { formatPath, loadDesignValueSteps } from './parse';

/** A fresh copy, as JSON.parse would hand it to the loader. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** One zod parse of the whole document; the loader also keeps a placement saved under the id "__proto__". */
function wholeParse(design: Design): Design {
  const out = designSchema().parse(copy(design));
  const layout = design.layout;
  if (layout && Object.hasOwn(layout, '__proto__')) {
    out.layout = { ...out.layout };
    setOwn(out.layout, '__proto__', copy(layout['__proto__']!));
  }
  return out;
}

describe('loading in steps', () => {
  it('gives exactly what one zod parse of the whole document gives, a chunk of elements per step', () => {
    const doc = copy(generateDesign({ seed: 3, elements: 4000, withLayout: true }));
    const whole = designSchema().parse(copy(doc));
    const job = jobOf(loadDesignValueSteps(copy(doc)));
    let steps = 0;
    let result;
    while (!(result = job.step(0))) steps++;
    expect(steps).toBeGreaterThan(8);
    expect(result.value).toEqual({ ok: true, value: whole });
  });

  it('keeps what any valid design holds (unknown fields, odd ids)', () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxElements: 60 }), (design) => {
        const loaded = jobOf(loadDesignValueSteps(copy(design), 7)).step(Infinity)!.value;
        expect(loaded.ok && loaded.value).toEqual(wholeParse(design));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a broken document at the place the whole parse names first', () => {
    const base = copy(generateDesign({ seed: 5, elements: 400, withLayout: true })) as unknown as Record<string, unknown>;
    const lists = ['sites', 'pools', 'servers', 'sqlInstances', 'gateways', 'links'] as const;
    const breakOne = (doc: Record<string, unknown>, where: number, pick: number) => {
      const kind = where % 4;
      if (kind === 0) doc.name = 42;
      else if (kind === 1) doc.mobility = 'yes';
      else if (kind === 2) {
        const layout = doc.layout as Record<string, Record<string, unknown>>;
        const ids = Object.keys(layout);
        layout[ids[pick % ids.length]!]!.x = 'left';
      } else {
        const list = doc[lists[pick % lists.length]!] as Record<string, unknown>[];
        const e = list[(pick * 7919) % list.length]!;
        e[pick % 2 ? 'id' : 'name'] = pick % 3 ? 7 : null;
      }
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }), (breaks) => {
        const doc = copy(base);
        for (const [where, pick] of breaks) breakOne(doc, where, pick);
        const whole = designSchema().safeParse(copy(doc), { reportInput: true });
        // Small chunks, so that a problem deep in a list is found in a later chunk than the first.
        const loaded = jobOf(loadDesignValueSteps(copy(doc), 16)).step(Infinity)!.value;
        expect(whole.success).toBe(false);
        expect(loaded.ok).toBe(false);
        if (loaded.ok || whole.success) return;
        expect(loaded.error.path).toBe(formatPath(whole.error.issues[0]!.path));
        expect(loaded.error.code).toBe('invalid');
      }),
      { numRuns: 100 },
    );
  });
});
