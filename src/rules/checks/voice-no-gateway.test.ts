import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';

const RULE = 'VOICE_NO_GATEWAY';

describe(RULE, () => {
  it('warns once for the design when voice pools exist but no gateway has a trunk', () => {
    const d = mutable(fixture('reference-small'));
    d.links = d.links.filter((l) => l.kind !== 'trunk');
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['se1', 'se2', 'sba1'] });
    expect(found[0]!.message).toContain('"se1.fabrikam.com", "se2.fabrikam.com" and "sba1.fabrikam.com" have');
  });

  it('is silent when one gateway anywhere has a trunk, or when no pool has voice', () => {
    expect(findingsOf(fixture('reference-small'), RULE)).toHaveLength(0);
    const d = mutable(fixture('reference-small'));
    d.links = d.links.filter((l) => l.kind !== 'trunk');
    for (const p of d.pools) delete p.features;
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});
