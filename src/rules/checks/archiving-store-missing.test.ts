import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, applyFix, poolOf } from '../test-builders';

describe('ARCHIVING_STORE_MISSING', () => {
  it('flags a pool with Archiving enabled and no Archiving store', () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').features!.archiving = true;
    const found = findingsOf(d, 'ARCHIVING_STORE_MISSING');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1'] });
  });

  it('offers the Archiving store the other pools already share', () => {
    const d = mutable(fixture('reference-medium'));
    d.sqlInstances.push({ id: 'arch', siteId: 'dc', host: 'arch.contoso.com', instance: '', edition: 'standard', version: '2012' });
    poolOf(d, 'pool1').features!.archiving = true;
    addLink(d, 'archiving-store', 'pool1', 'arch');
    addPool(d, { id: 'pool2', siteId: 'dc', role: 'front-end', servers: 3, features: { archiving: true } });
    const [f, ...rest] = findingsOf(d, 'ARCHIVING_STORE_MISSING');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['pool2'] });
    expect(findingsOf(applyFix(d, f), 'ARCHIVING_STORE_MISSING')).toHaveLength(0);
  });

  it('is silent when Archiving is off', () => {
    expect(findingsOf(fixture('reference-medium'), 'ARCHIVING_STORE_MISSING')).toHaveLength(0);
    expect(findingsOf(fixture('reference-small'), 'ARCHIVING_STORE_MISSING')).toHaveLength(0);
  });
});
