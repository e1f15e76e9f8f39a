import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders';

function withDirectors(servers: number) {
  const d = mutable(fixture('reference-medium'));
  addPool(d, { id: 'dir', siteId: 'dc', role: 'director', servers });
  return findingsOf(d, 'DIRECTOR_POOL_SIZE');
}

describe('DIRECTOR_POOL_SIZE', () => {
  it('warns about a single Director', () => {
    const found = withDirectors(1);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['dir'] });
  });

  it('is an error above 10 servers', () => {
    const found = withDirectors(11);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['dir'] });
    expect(found[0]!.message).toContain('11 servers');
  });

  it('is silent from 2 to 10 servers', () => {
    expect(withDirectors(2)).toHaveLength(0);
    expect(withDirectors(10)).toHaveLength(0);
  });
});
