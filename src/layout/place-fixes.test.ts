import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { setPlacements, updateElement } from '../domain/commands';
import type { Design } from '../domain/design';
import { applyCommand } from '../domain/design-command';
import { placementOf } from '../domain/elements/layout';
import { generateDesign } from '../domain/testing/generate-design';
import { validate } from '../rules/engine';
import { overlaps, placeEdited } from './free-space';
import { SIZES } from './geometry';
import { bakeLayout } from './tidy';

/** A Standard Edition server dropped into another SE pool, at the spot of the server already there. */
function sePooled(design: Design, moved: string, into: string, onto: string): Design {
  const d = updateElement(design, moved, { poolId: into });
  return setPlacements(d, { [moved]: placementOf(d.layout, onto)! });
}

const small = bakeLayout(SAMPLES.small.load());
const medium = bakeLayout(SAMPLES.medium.load());
const designs: (readonly [string, Design])[] = [
  ['small', small],
  ['medium', medium],
  // Edits that make the rules offer fixes that add or move elements (as a user's drag would, placed freely).
  ['small, se2 pooled with se1 (SE_POOLED)', placeEdited(small, updateElement(small, 'se2-srv', { poolId: 'se1' }))],
  ['small, SBA in the central site (SBA_IN_CENTRAL_SITE)', placeEdited(small, updateElement(small, 'sba1', { siteId: 'central' }))],
  ['small, SE pool in the branch (BRANCH_SITE_DISALLOWED_ELEMENT)', placeEdited(small, updateElement(small, 'se2', { siteId: 'branch1' }))],
  ['medium, back end in a branch (BACKEND_OTHER_SITE)', placeEdited(medium, updateElement(medium, 'be1', { siteId: 'br1' }))],
  ...Array.from({ length: 20 }, (_, i) => [`generated seed ${i + 1}`, bakeLayout(generateDesign({ seed: i + 1, elements: 40 + i * 15 }))] as const),
];

describe('rule fixes put what they add or move in free space', () => {
  it.each(designs)('%s: no overlap after any fix of any finding', (_, design) => {
    expect(overlaps(design)).toEqual([]);
    const bad: string[] = [];
    for (const f of validate(design)) {
      for (const fix of f.fixes ?? []) {
        const found = overlaps(placeEdited(design, applyCommand(design, fix.command)));
        if (found.length) bad.push(`${f.rule} ${fix.label}: ${JSON.stringify(found)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every rule whose fix adds or moves an element is covered, and those fixes need the placement', () => {
    const placing = (d: Design) =>
      validate(d).flatMap((f) => (f.fixes ?? []).filter((x) => JSON.stringify(x.command).match(/"op":"(add|reparent)"/)).map(() => f.rule));
    const rules = new Set(designs.flatMap(([, d]) => placing(d)));
    expect([...rules].sort()).toEqual(['BACKEND_OTHER_SITE', 'BRANCH_SITE_DISALLOWED_ELEMENT', 'SBA_IN_CENTRAL_SITE', 'SE_POOLED']);
    // Without the placement, some of those fixes would leave an element over another or outside its container.
    const unplaced = designs.flatMap(([, d]) => validate(d).flatMap((f) => (f.fixes ?? []).filter((x) => overlaps(applyCommand(d, x.command)).length > 0)));
    expect(unplaced.length).toBeGreaterThan(0);
  });

  it('an element moved onto a sibling goes to free space beside it; untouched elements keep their place', () => {
    const raw = sePooled(small, 'se2-srv', 'se1', 'se1-srv');
    expect(overlaps(raw).length).toBeGreaterThan(0);
    const placed = placeEdited(small, raw);
    expect(overlaps(placed)).toEqual([]);
    expect(placementOf(placed.layout, 'se1-srv')).toEqual(placementOf(small.layout, 'se1-srv'));
    expect(placementOf(placed.layout, 'gw-central')).toEqual(placementOf(small.layout, 'gw-central'));
  });

  it('a server moved into a new pool of its own by a fix sits at the top of that pool, not where it was', () => {
    const pooled = designs[2]![1];
    const finding = validate(pooled).find((f) => f.rule === 'SE_POOLED')!;
    const split = finding.fixes!.find((x) => x.label.includes('of its own'))!;
    const fixed = placeEdited(pooled, applyCommand(pooled, split.command));
    const server = fixed.servers.find((s) => s.id === 'se2-srv')!;
    expect(server.poolId).not.toBe('se1');
    expect(placementOf(fixed.layout, 'se2-srv')).toMatchObject({ x: SIZES.pool.pad, y: SIZES.pool.header });
    expect(overlaps(fixed)).toEqual([]);
  });

  it('a near miss: an edit that adds or moves nothing is left as it is', () => {
    const renamed = updateElement(small, 'se1', { name: 'Pool one' });
    expect(placeEdited(small, renamed)).toBe(renamed);
    expect(placeEdited(small, small)).toBe(small);
  });
});
