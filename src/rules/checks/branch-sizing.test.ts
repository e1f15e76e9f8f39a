import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool, applyFix, poolOf } from '../test-builders';

describe('BRANCH_SIZING', () => {
  it('warns when one appliance serves more than 1,000 users and offers a branch server', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'sba1').users = 1_500;
    const [f, ...rest] = findingsOf(d, 'BRANCH_SIZING');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'warning', elements: ['branch1', 'sba1'] });
    expect(f!.message).toContain('1,500');
    expect(findingsOf(applyFix(d, f), 'BRANCH_SIZING')).toHaveLength(0);
  });

  it('accepts up to 2,000 users on two appliances', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'sba1').users = 1_000;
    addPool(d, { id: 'sba2', siteId: 'branch1', role: 'survivable-branch-appliance', users: 1_000 });
    expect(findingsOf(d, 'BRANCH_SIZING')).toHaveLength(0);
  });

  it('warns about a branch server with fewer than 1,000 users and offers an appliance', () => {
    const d = mutable(fixture('reference-small'));
    d.servers.find((s) => s.id === 'sba1-srv')!.role = 'survivable-branch-server';
    poolOf(d, 'sba1').users = 500;
    const [f] = findingsOf(d, 'BRANCH_SIZING');
    expect(f).toMatchObject({ severity: 'warning', elements: ['branch1', 'sba1'] });
    expect(findingsOf(applyFix(d, f), 'BRANCH_SIZING')).toHaveLength(0);
  });

  it('warns about fewer than 25 users and more than 5,000, without a fix', () => {
    for (const users of [10, 6_000]) {
      const d = mutable(fixture('reference-small'));
      poolOf(d, 'sba1').users = users;
      const [f] = findingsOf(d, 'BRANCH_SIZING');
      expect(f).toMatchObject({ severity: 'warning', elements: ['branch1', 'sba1'] });
      expect(f!.fixes).toBeUndefined();
    }
  });

  it('is silent for users within the range, and for a branch with no users entered', () => {
    expect(findingsOf(fixture('reference-small'), 'BRANCH_SIZING')).toHaveLength(0);
    const d = mutable(fixture('reference-small'));
    delete poolOf(d, 'sba1').users;
    expect(findingsOf(d, 'BRANCH_SIZING')).toHaveLength(0);
  });
});
