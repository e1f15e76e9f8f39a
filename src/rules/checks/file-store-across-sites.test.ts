import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool } from '../test-builders';

describe('FILE_STORE_ACROSS_SITES', () => {
  it('warns when one file store serves pools in two sites', () => {
    const d = mutable(fixture('reference-medium'));
    d.sites.push({ id: 'dc2', name: 'Second data centre', kind: 'central' });
    addPool(d, { id: 'pool2', siteId: 'dc2', role: 'front-end', servers: 3 });
    addLink(d, 'file-store', 'pool2', 'fs1');
    const found = findingsOf(d, 'FILE_STORE_ACROSS_SITES');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['fs1', 'pool1', 'pool2'] });
  });

  it('is silent when the pools sharing a file store are in one site', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'pool2', siteId: 'dc', role: 'front-end', servers: 3 });
    addLink(d, 'file-store', 'pool2', 'fs1');
    expect(findingsOf(d, 'FILE_STORE_ACROSS_SITES')).toHaveLength(0);
  });
});
