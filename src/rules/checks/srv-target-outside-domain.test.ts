import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { poolOf } from '../test-builders';

describe('SRV_TARGET_OUTSIDE_DOMAIN', () => {
  it('flags the internal sign-in SRV record of a further SIP domain that points to the pool in the primary one', () => {
    const d = mutable(fixture('reference-medium'));
    d.sipDomains = ['fabrikam.com'];
    const found = findingsOf(d, 'SRV_TARGET_OUTSIDE_DOMAIN');
    // _sipinternaltls.fabrikam.com names pool1.contoso.com; the external _sip._tls.fabrikam.com targets the
    // domain's own access name sip.fabrikam.com (reports.md §1 rows 10, 13) and is not flagged.
    expect(found.map((f) => f.message.split(' points')[0])).toEqual(['The internal SRV record _sipinternaltls._tcp.fabrikam.com']);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['pool1'] });
    expect(found[0]!.message).toContain('sip.fabrikam.com');
  });

  it('is silent for two SIP domains whose sign-in pool is named in both', () => {
    const d = mutable(fixture('reference-medium'));
    d.sipDomains = ['retail.contoso.com'];
    poolOf(d, 'pool1').fqdn = 'pool1.retail.contoso.com';
    expect(findingsOf(d, 'SRV_TARGET_OUTSIDE_DOMAIN')).toEqual([]);
  });

  it('flags a sign-in pool named in the Active Directory domain rather than the SIP domain', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').fqdn = 'se1.fabrikam.local';
    d.servers.find((s) => s.id === 'se1-srv')!.fqdn = 'se1.fabrikam.local';
    expect(findingsOf(d, 'SRV_TARGET_OUTSIDE_DOMAIN').map((f) => f.elements)).toEqual([['se1']]);
  });

  it('is silent for the reference designs and for a target in a sub-domain of the SIP domain', () => {
    expect(findingsOf(fixture('reference-medium'), 'SRV_TARGET_OUTSIDE_DOMAIN')).toEqual([]);
    expect(findingsOf(fixture('reference-small'), 'SRV_TARGET_OUTSIDE_DOMAIN')).toEqual([]);
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').fqdn = 'pool1.dc1.contoso.com';
    expect(findingsOf(d, 'SRV_TARGET_OUTSIDE_DOMAIN')).toEqual([]);
  });
});
