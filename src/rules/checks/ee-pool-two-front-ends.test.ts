import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';

describe('EE_POOL_TWO_FRONT_ENDS', () => {
  it('warns about an Enterprise pool of exactly 2 Front End servers', () => {
    const d = mutable(fixture('reference-medium'));
    d.servers = d.servers.filter((s) => s.id !== 'fe3');
    const found = findingsOf(d, 'EE_POOL_TWO_FRONT_ENDS');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['pool1'] });
  });

  it('is silent for 3 Front End servers, and for a 2-server Edge pool', () => {
    expect(findingsOf(fixture('reference-medium'), 'EE_POOL_TWO_FRONT_ENDS')).toHaveLength(0);
  });
});
