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

  it('is silent at exactly the capacity, and for the medium design (20,400 on an 80,000 pool)', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').users = 4_880;
    expect(findingsOf(d, 'BRANCH_USERS_EXCEED_REGISTRAR')).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), 'BRANCH_USERS_EXCEED_REGISTRAR')).toHaveLength(0);
  });

  it('warns for an Enterprise pool above 80,000 with its branches', () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').users = 79_700;
    expect(findingsOf(d, 'BRANCH_USERS_EXCEED_REGISTRAR')[0]).toMatchObject({ elements: ['pool1', 'sba1'] });
  });
});
