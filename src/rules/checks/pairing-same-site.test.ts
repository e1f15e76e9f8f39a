import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';

const RULE = 'PAIRING_SAME_SITE';

describe(RULE, () => {
  it('notes two paired Standard Edition servers in one site', () => {
    const found = findingsOf(fixture('reference-small'), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', elements: ['se1', 'se2'] });
  });

  it('is silent when the pair spans two central sites', () => {
    const d = mutable(fixture('reference-small'));
    d.sites.push({ id: 'dr', name: 'Recovery site', kind: 'central' });
    d.pools.find((p) => p.id === 'se2')!.siteId = 'dr';
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});
