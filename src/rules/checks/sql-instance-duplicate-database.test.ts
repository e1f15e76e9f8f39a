import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool } from '../test-builders-a-e';

const RULE = 'SQL_INSTANCE_DUPLICATE_DATABASE';

function withSecondPool() {
  const d = mutable(fixture('reference-medium'));
  addPool(d, 'pool2', 'dc', 'front-end', 3, { loadBalancing: 'hardware' });
  return d;
}

describe(RULE, () => {
  it('flags one instance that is the back end of two pools', () => {
    const d = withSecondPool();
    addLink(d, 'backend', 'pool2', 'be1');
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['be1', 'pool1', 'pool2'] });
  });

  it('lets several pools share one Monitoring store', () => {
    const d = withSecondPool();
    addLink(d, 'monitoring-store', 'pool2', 'be1');
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});
