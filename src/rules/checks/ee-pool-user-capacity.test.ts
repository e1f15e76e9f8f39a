import { describe, expect, it } from 'vitest';
import type { Design } from '../../domain/design';
import { findingsOf, fixture, mutable } from '../test-support';
import { poolOf } from '../test-builders';

/** The medium design with pool1 holding `servers` Front Ends and `users` users. */
function sized(servers: number, users: number): Design {
  const d = mutable(fixture('reference-medium'));
  for (let n = 4; n <= servers; n++) d.servers.push({ id: `fe${n}`, poolId: 'pool1', fqdn: `fe${n}.contoso.com`, role: 'front-end' });
  poolOf(d, 'pool1').users = users;
  return d;
}

describe('EE_POOL_USER_CAPACITY', () => {
  it('warns above 6,660 users per Front End beyond the 1% tolerance', () => {
    const found = findingsOf(sized(3, 20_200), 'EE_POOL_USER_CAPACITY');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['pool1'] });
    expect(found[0]!.message).toContain('20,200');
  });

  it('is an error above 80,000 users', () => {
    const found = findingsOf(sized(12, 80_001), 'EE_POOL_USER_CAPACITY');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1'] });
  });

  it('is silent within the tolerance (20,000 on 3 Front Ends) and at 80,000 on 12', () => {
    expect(findingsOf(sized(3, 20_000), 'EE_POOL_USER_CAPACITY')).toHaveLength(0);
    expect(findingsOf(sized(12, 80_000), 'EE_POOL_USER_CAPACITY')).toHaveLength(0);
  });
});
