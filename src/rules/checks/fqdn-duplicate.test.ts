import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool, poolOf } from '../test-builders';

describe('FQDN_DUPLICATE', () => {
  it('flags two pools with one pool FQDN', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'edge-b', siteId: 'dc', role: 'edge', servers: 2, fqdn: 'POOL1.contoso.com' });
    const found = findingsOf(d, 'FQDN_DUPLICATE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1', 'edge-b'] });
  });

  it('flags two servers of one pool with one FQDN', () => {
    const d = mutable(fixture('reference-medium'));
    d.servers.find((s) => s.id === 'fe2')!.fqdn = 'fe1.contoso.com';
    const found = findingsOf(d, 'FQDN_DUPLICATE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1', 'fe1', 'fe2'] });
  });

  it('flags a pool FQDN that is the FQDN of a server outside the pool', () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').fqdn = 'edge1.contoso.com';
    const found = findingsOf(d, 'FQDN_DUPLICATE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1', 'edge1'] });
  });

  it('is silent for pools named after their own server, and for roles collocated on one computer', () => {
    expect(findingsOf(fixture('reference-small'), 'FQDN_DUPLICATE')).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), 'FQDN_DUPLICATE')).toHaveLength(0);
    const d = mutable(fixture('reference-small'));
    addPool(d, { id: 'chat', siteId: 'central', role: 'persistent-chat', fqdn: 'se1.fabrikam.com' });
    addPool(d, { id: 'app', siteId: 'central', role: 'trusted-application', fqdn: 'app.fabrikam.com' });
    d.servers.find((s) => s.id === 'app-srv1')!.fqdn = 'se2.fabrikam.com';
    expect(findingsOf(d, 'FQDN_DUPLICATE')).toHaveLength(0);
  });
});
