import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders-a-e';
import { applyFix, poolOf } from '../test-builders';

const RULE = 'WEB_FQDN_DUPLICATE';

describe(RULE, () => {
  it("flags a Director publishing its external web services under the Front End pool's external name", () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, 'dir', 'dc', 'director', 1, { externalWebFqdn: 'pool1ext.contoso.com' });
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['dir', 'pool1'] });
    const fixed = applyFix(d, f);
    expect(findingsOf(fixed, RULE)).toHaveLength(0);
    expect(poolOf(fixed, 'pool1').externalWebFqdn).toBe('pool1ext.contoso.com');
  });

  it("flags a web services FQDN that is another pool's FQDN", () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').internalWebFqdn = 'owa.contoso.com';
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['pool1', 'owa']]);
  });

  it('is silent for web services FQDNs of their own, even when internal and external are the same name', () => {
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').externalWebFqdn = 'pool1web.contoso.com';
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});
