import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders';

describe('BRANCH_TOO_MANY_SBA', () => {
  it('flags a branch with three survivable branch appliances', () => {
    const d = mutable(fixture('reference-small'));
    addPool(d, { id: 'sba2', siteId: 'branch1', role: 'survivable-branch-appliance' });
    addPool(d, { id: 'sba3', siteId: 'branch1', role: 'survivable-branch-appliance' });
    const found = findingsOf(d, 'BRANCH_TOO_MANY_SBA');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['branch1', 'sba1', 'sba2', 'sba3'] });
  });

  it('is silent for two appliances (a branch server is not an appliance)', () => {
    const d = mutable(fixture('reference-small'));
    addPool(d, { id: 'sba2', siteId: 'branch1', role: 'survivable-branch-appliance' });
    addPool(d, { id: 'sbs1', siteId: 'branch1', role: 'survivable-branch-server' });
    expect(findingsOf(d, 'BRANCH_TOO_MANY_SBA')).toHaveLength(0);
  });
});
