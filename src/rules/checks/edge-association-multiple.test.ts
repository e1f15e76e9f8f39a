import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool } from '../test-builders';

describe('EDGE_ASSOCIATION_MULTIPLE', () => {
  it('flags a Front End pool associated with two Edge pools', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'edge-b', siteId: 'dc', role: 'edge', servers: 2 });
    addLink(d, 'edge', 'pool1', 'edge-b');
    const found = findingsOf(d, 'EDGE_ASSOCIATION_MULTIPLE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1', 'edgepool', 'edge-b'] });
  });

  it('is silent for two links to the same Edge pool', () => {
    const d = mutable(fixture('reference-medium'));
    addLink(d, 'edge', 'pool1', 'edgepool');
    expect(findingsOf(d, 'EDGE_ASSOCIATION_MULTIPLE')).toHaveLength(0);
  });
});
