import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { applyFix, poolOf } from '../test-builders';

const RULE = 'POOL_FQDN_IS_SERVER_FQDN';

describe(RULE, () => {
  it('flags a Front End pool named like one of its servers, and renames the pool as fix', () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').fqdn = 'fe1.contoso.com';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['pool1', 'fe1'] });
    expect(f!.message).toContain('"fe1.contoso.com"');
    const fixed = applyFix(d, f);
    expect(findingsOf(fixed, RULE)).toHaveLength(0);
    expect(fixed.pools.find((p) => p.id === 'pool1')!.fqdn).toMatch(/^fepool\d+\.contoso\.com$/);
  });

  it('is silent for a pool of one server that shares its name (a Standard Edition server, a single Edge)', () => {
    expect(findingsOf(fixture('reference-small'), RULE)).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
  });
});
