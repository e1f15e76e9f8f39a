import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool, applyFix, poolOf } from '../test-builders';

describe('MONITORING_STORE_MISSING', () => {
  it('flags a pool with Monitoring enabled and no Monitoring store', () => {
    const d = mutable(fixture('reference-medium'));
    d.links = d.links.filter((l) => l.id !== 'mon');
    const found = findingsOf(d, 'MONITORING_STORE_MISSING');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1'] });
    expect(found[0]!.fixes).toBeUndefined(); // no store in use anywhere: nothing obvious to link
  });

  it('offers the Monitoring store the other pools already share', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'pool2', siteId: 'dc', role: 'front-end', servers: 3, features: { monitoring: true } });
    const [f] = findingsOf(d, 'MONITORING_STORE_MISSING');
    expect(f).toMatchObject({ severity: 'error', elements: ['pool2'] });
    expect(f!.fixes![0]!.command).toMatchObject({ op: 'link', kind: 'monitoring-store', from: 'pool2', to: 'be1' });
    expect(findingsOf(applyFix(d, f), 'MONITORING_STORE_MISSING')).toHaveLength(0);
  });

  it('is silent when Monitoring is off or has its store', () => {
    const d = mutable(fixture('reference-medium'));
    d.links = d.links.filter((l) => l.id !== 'mon');
    poolOf(d, 'pool1').features!.monitoring = false;
    expect(findingsOf(d, 'MONITORING_STORE_MISSING')).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), 'MONITORING_STORE_MISSING')).toHaveLength(0);
  });
});
