import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { applyFix } from '../test-builders';

const RULE = 'BACKEND_OTHER_SITE';

/** The medium design with a second central site. */
function withSecondSite() {
  const d = mutable(fixture('reference-medium'));
  d.sites.push({ id: 'dc2', name: 'Data centre 2', kind: 'central' });
  return d;
}

describe(RULE, () => {
  it("flags a back end in another site, and moves it into the pool's site as fix", () => {
    const d = withSecondSite();
    d.sqlInstances.find((i) => i.id === 'be1')!.siteId = 'dc2';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'warning', elements: ['pool1', 'be1'] });
    expect(findingsOf(applyFix(d, f), RULE)).toHaveLength(0);
  });

  it("flags the back end's mirror in another site", () => {
    const d = withSecondSite();
    d.sqlInstances.find((i) => i.id === 'be2')!.siteId = 'dc2';
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['pool1', 'be2']]);
  });

  it('is silent when only the witness is elsewhere (a witness may sit in a third site)', () => {
    const d = withSecondSite();
    d.sqlInstances.find((i) => i.id === 'wit')!.siteId = 'dc2';
    expect(findingsOf(d, RULE)).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), RULE)).toHaveLength(0);
  });
});
