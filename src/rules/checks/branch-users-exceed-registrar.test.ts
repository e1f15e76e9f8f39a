import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { poolOf } from '../test-builders';

describe('BRANCH_USERS_EXCEED_REGISTRAR', () => {
  it("warns when an SE server's users plus its branch appliance's exceed 5,000", () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').users = 4_950;
    const found = findingsOf(d, 'BRANCH_USERS_EXCEED_REGISTRAR');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['se1', 'sba1'] });
    expect(found[0]!.message).toContain('5,070');
  });

  it('is silent at exactly the capacity, and within the 1% all capacity rules allow', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').users = 4_880;
    expect(findingsOf(d, 'BRANCH_USERS_EXCEED_REGISTRAR')).toHaveLength(0);
    poolOf(d, 'se1').users = 4_930; // 5,050 with the branch: 1% over 5,000
    expect(findingsOf(mutable(d), 'BRANCH_USERS_EXCEED_REGISTRAR')).toHaveLength(0);
  });

  it('counts 6,660 users per Front End server (wave 3): 39,500 on 6 Front Ends plus an appliance of 1,000', () => {
    const d = mutable(fixture('reference-medium'));
    for (let n = 4; n <= 6; n++) d.servers.push({ id: `fe${n}`, poolId: 'pool1', fqdn: `fe${n}.contoso.com`, role: 'front-end' });
    poolOf(d, 'pool1').users = 39_500;
    poolOf(d, 'sba1').users = 1_000;
    const [f] = findingsOf(d, 'BRANCH_USERS_EXCEED_REGISTRAR');
    expect(f).toMatchObject({ severity: 'warning', elements: ['pool1', 'sba1'] });
    expect(f!.message).toContain('the 39,960 its 6 Front End servers carry');
    const near = mutable(d);
    poolOf(near, 'sba1').users = 800; // 40,300: within 1% of 39,960
    expect(findingsOf(near, 'BRANCH_USERS_EXCEED_REGISTRAR')).toHaveLength(0);
  });

  it('flags the medium reference design: 20,000 users on 3 Front Ends (19,980) plus 400 branch users', () => {
    expect(findingsOf(fixture('reference-medium'), 'BRANCH_USERS_EXCEED_REGISTRAR').map((f) => f.elements)).toEqual([['pool1', 'sba1']]);
  });

  it('warns for an Enterprise pool above 80,000 with its branches', () => {
    const d = mutable(fixture('reference-medium'));
    for (let n = 4; n <= 12; n++) d.servers.push({ id: `fe${n}`, poolId: 'pool1', fqdn: `fe${n}.contoso.com`, role: 'front-end' });
    poolOf(d, 'pool1').users = 80_500;
    expect(findingsOf(d, 'BRANCH_USERS_EXCEED_REGISTRAR')[0]).toMatchObject({ elements: ['pool1', 'sba1'] });
  });
});
