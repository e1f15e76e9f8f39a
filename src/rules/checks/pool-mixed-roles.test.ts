import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';

describe('POOL_MIXED_ROLES', () => {
  it('flags a pool whose servers run different roles, naming the pool first', () => {
    const d = mutable(fixture('reference-medium'));
    d.servers.find((s) => s.id === 'fe3')!.role = 'director';
    const found = findingsOf(d, 'POOL_MIXED_ROLES');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1', 'fe1', 'fe2', 'fe3'] });
    expect(found[0]!.message).toMatch(/Front End \(Enterprise\), Director/);
    // The Enterprise pool rules keep quiet about a pool that has no single role.
    expect(findingsOf(d, 'CMS_WRONG_HOST')).toHaveLength(0);
    expect(findingsOf(d, 'BACKEND_NO_HA')).toHaveLength(0);
  });

  it('is silent when all servers of a pool share one role', () => {
    expect(findingsOf(fixture('reference-medium'), 'POOL_MIXED_ROLES')).toHaveLength(0);
  });
});
