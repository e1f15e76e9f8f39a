import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, applyFix } from '../test-builders';

describe('MEDIATION_NO_NEXT_HOP', () => {
  it('flags a stand-alone Mediation pool without a next hop and offers the Front End pool', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'med', siteId: 'dc', role: 'mediation', servers: 2 });
    const [f, ...rest] = findingsOf(d, 'MEDIATION_NO_NEXT_HOP');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['med'] });
    expect(findingsOf(applyFix(d, f), 'MEDIATION_NO_NEXT_HOP')).toHaveLength(0);
  });

  it("looks for the fix in a branch Mediation pool's central site", () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'med', siteId: 'br2', role: 'mediation' });
    const [f] = findingsOf(d, 'MEDIATION_NO_NEXT_HOP');
    expect(f!.fixes![0]!.command).toMatchObject({ op: 'link', kind: 'next-hop', from: 'med', to: 'pool1' });
  });

  it('flags a next hop that is not a Front End pool or SE server', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'med', siteId: 'dc', role: 'mediation', servers: 2 });
    addLink(d, 'next-hop', 'med', 'owa');
    expect(findingsOf(d, 'MEDIATION_NO_NEXT_HOP')).toHaveLength(1);
  });

  it('is silent with a Front End next hop', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'med', siteId: 'dc', role: 'mediation', servers: 2 });
    addLink(d, 'next-hop', 'med', 'pool1');
    expect(findingsOf(d, 'MEDIATION_NO_NEXT_HOP')).toHaveLength(0);
  });
});
