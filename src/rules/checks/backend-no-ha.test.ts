import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { removeLinks } from '../test-builders-a-e';

const RULE = 'BACKEND_NO_HA';

describe(RULE, () => {
  it('warns about an Enterprise back end that is neither mirrored nor clustered', () => {
    const d = mutable(fixture('reference-medium'));
    removeLinks(d, 'mir', 'wtn');
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['pool1', 'be1'] });
  });

  it('is silent for a clustered back end, a mirrored one, and Standard Edition servers', () => {
    const d = mutable(fixture('reference-medium'));
    removeLinks(d, 'mir', 'wtn');
    d.sqlInstances.find((i) => i.id === 'be1')!.clusterNodes = 2;
    expect(findingsOf(d, RULE)).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
    expect(findingsOf(fixture('reference-small'), RULE)).toHaveLength(0);
  });
});
