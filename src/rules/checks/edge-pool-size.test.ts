import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders';

describe('EDGE_POOL_SIZE', () => {
  it('warns about a single Edge server (the small reference design)', () => {
    const found = findingsOf(fixture('reference-small'), 'EDGE_POOL_SIZE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['edge'] });
  });

  it('is an error above 12 servers', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'edge-b', siteId: 'dc', role: 'edge', servers: 13 });
    const found = findingsOf(d, 'EDGE_POOL_SIZE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['edge-b'] });
    expect(found[0]!.message).toContain('13 servers');
  });

  it('is silent from 2 to 12 servers', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'edge-b', siteId: 'dc', role: 'edge', servers: 12 });
    expect(findingsOf(d, 'EDGE_POOL_SIZE')).toHaveLength(0);
  });
});
