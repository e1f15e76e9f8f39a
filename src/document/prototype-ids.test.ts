import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type Design } from '../domain/design';
import { PROTOTYPE_NAMES } from '../domain/limits';
import { copySelection } from '../domain/clipboard';
import { arbitraryDesign } from '../domain/testing/arbitrary-design';
import { generateDesign } from '../domain/testing/generate-design';
import { renderSvg } from '../export/svg-renderer';
import { computeGeometry } from '../layout/geometry';
import { tidyLayout } from '../layout/tidy';
import { loadDesign } from './parse';
import { serializeDesign } from './serialize';

/** A generated design whose first ids are renamed to Object.prototype member names, references and layout keys included. */
function designWithPrototypeIds(withLayout: boolean): string {
  const design = generateDesign({ seed: 7, elements: 30, withLayout });
  const ids = COLLECTIONS.flatMap((c) => design[c].slice(0, 1).map((e) => e.id));
  let text = JSON.stringify(design);
  ids.forEach((id, i) => {
    text = text.split(`"${id}"`).join(`"${PROTOTYPE_NAMES[i % PROTOTYPE_NAMES.length]!}"`);
  });
  return text;
}

function load(text: string): Design {
  const r = loadDesign(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function expectFinite(design: Design): void {
  const g = computeGeometry(design);
  for (const c of COLLECTIONS) {
    for (const e of design[c]) {
      if (c === 'links') continue;
      const b = g.absolute.get(e.id);
      expect(b, e.id).toBeDefined();
      for (const v of [b!.x, b!.y, b!.w, b!.h]) expect(Number.isFinite(v), `${e.id}: ${v}`).toBe(true);
    }
  }
}

describe('element ids named after Object.prototype members', { timeout: 60_000 }, () => {
  for (const withLayout of [true, false]) {
    it(`load, serialize and load again keep the design (layout ${withLayout})`, () => {
      const first = load(designWithPrototypeIds(withLayout));
      const ids = new Set(COLLECTIONS.flatMap((c) => first[c].map((e) => e.id)));
      for (const name of PROTOTYPE_NAMES.slice(0, 6)) expect(ids.has(name), name).toBe(true);
      if (withLayout) expect(Object.keys(first.layout ?? {})).toEqual(expect.arrayContaining(['constructor', '__proto__', 'prototype']));
      const text = serializeDesign(first);
      const second = load(text);
      expect(serializeDesign(second)).toBe(text);
      expectFinite(second);
      expect(renderSvg(second)).not.toMatch(/NaN|undefined/);
      const tidied = tidyLayout(second);
      expectFinite(tidied);
      expect(load(serializeDesign(tidied))).toBeDefined();
    });
  }

  it('copying elements with such ids keeps their placements', () => {
    const design = load(designWithPrototypeIds(true));
    const pool = design.pools[0]!;
    const copied = copySelection(design, [pool.id]);
    expect(copied?.pools[0]?.placement).toEqual(design.layout?.[pool.id]);
    expect(copied?.pools[0]?.placement?.x).toEqual(expect.any(Number));
  });


  it('random designs, some ids named after prototype members, survive load -> serialize -> load with finite geometry', () => {
    let named = 0;
    fc.assert(
      fc.property(arbitraryDesign({ maxElements: 60 }), (design) => {
        const first = load(JSON.stringify(design));
        if (COLLECTIONS.some((c) => first[c].some((e) => PROTOTYPE_NAMES.includes(e.id)))) named++;
        const text = serializeDesign(first);
        const second = load(text);
        expect(second).toEqual(load(serializeDesign(second)));
        expect(serializeDesign(second)).toBe(text);
        expectFinite(second);
        expect(renderSvg(second)).not.toContain('NaN');
      }),
      { numRuns: 60 },
    );
    // The generator must actually produce such ids, or this property proves nothing.
    expect(named).toBeGreaterThan(30);
  });
});
