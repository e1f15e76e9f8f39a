import { describe, expect, it } from 'vitest';
import type { Design } from '../../domain/design';
import { findingsOf, fixture, mutable } from '../test-support';

function withFrontEnds(n: number): Design {
  const d = mutable(fixture('reference-medium'));
  for (let k = 4; k <= n; k++) d.servers.push({ id: `fe${k}`, poolId: 'pool1', fqdn: `fe${k}.contoso.com`, role: 'front-end' });
  return d;
}

describe('EE_POOL_MAX_FRONT_ENDS', () => {
  it('flags an Enterprise pool of 13 Front End servers', () => {
    const found = findingsOf(withFrontEnds(13), 'EE_POOL_MAX_FRONT_ENDS');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1'] });
    expect(found[0]!.message).toContain('12 is the supported maximum');
  });

  it('accepts exactly 12', () => {
    expect(findingsOf(withFrontEnds(12), 'EE_POOL_MAX_FRONT_ENDS')).toHaveLength(0);
  });
});
