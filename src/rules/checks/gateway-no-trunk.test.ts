import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { applyFix, poolOf } from '../test-builders';

describe('GATEWAY_NO_TRUNK', () => {
  it("flags a branch gateway without a trunk and offers its central site's Mediation pool", () => {
    const d = mutable(fixture('reference-medium'));
    d.links = d.links.filter((l) => l.id !== 't-br2');
    const [f, ...rest] = findingsOf(d, 'GATEWAY_NO_TRUNK');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['gw-br2'] });
    expect(f!.fixes![0]!.command).toMatchObject({ op: 'link', kind: 'trunk', from: 'gw-br2', to: 'pool1' });
    expect(findingsOf(applyFix(d, f), 'GATEWAY_NO_TRUNK')).toHaveLength(0);
  });

  it('offers the survivable branch appliance of the gateway\'s own branch', () => {
    const d = mutable(fixture('reference-small'));
    d.gateways.push({ id: 'gw-b1', siteId: 'branch1', address: '10.1.2.3' });
    const [f] = findingsOf(d, 'GATEWAY_NO_TRUNK');
    expect(f).toMatchObject({ severity: 'error', elements: ['gw-b1'] });
    expect(f!.fixes![0]!.command).toMatchObject({ to: 'sba1' });
    expect(findingsOf(applyFix(d, f), 'GATEWAY_NO_TRUNK')).toHaveLength(0);
  });

  it('counts a trunk to a pool without collocated Mediation as none', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').collocatedMediation = false;
    expect(findingsOf(d, 'GATEWAY_NO_TRUNK')).toHaveLength(1);
  });

  it('is silent for trunks to a pool with collocated Mediation', () => {
    expect(findingsOf(fixture('reference-small'), 'GATEWAY_NO_TRUNK')).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), 'GATEWAY_NO_TRUNK')).toHaveLength(0);
  });
});
