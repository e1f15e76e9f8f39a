import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { applyFix, poolOf } from '../test-builders';

const RULE = 'SBA_IN_CENTRAL_SITE';

describe(RULE, () => {
  it('flags an appliance in a central site, and moves it to a branch of that site as fix', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'sba1').siteId = 'central';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['sba1', 'central'] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'reparent', id: 'sba1', parentId: 'branch1' });
    expect(findingsOf(applyFix(d, f), RULE)).toHaveLength(0);
  });

  it('is silent for appliances in branch sites', () => {
    expect(findingsOf(fixture('reference-small'), RULE)).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
  });
});
