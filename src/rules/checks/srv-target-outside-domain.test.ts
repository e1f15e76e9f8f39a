import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { poolOf } from '../test-builders';

describe('SRV_TARGET_OUTSIDE_DOMAIN', () => {
  it('flags the sign-in SRV records of a further SIP domain that point into the primary one', () => {
    const d = mutable(fixture('reference-medium'));
    d.sipDomains = ['fabrikam.com'];
    const found = findingsOf(d, 'SRV_TARGET_OUTSIDE_DOMAIN');
    // Internal _sipinternaltls to pool1.contoso.com and external _sip._tls to sip.contoso.com; the
    // federation SRV of fabrikam.com is no sign-in record and is not judged.
    expect(found.map((f) => f.message.split(' points')[0]).sort()).toEqual([
      'The external SRV record _sip._tls.fabrikam.com',
      'The internal SRV record _sipinternaltls._tcp.fabrikam.com',
    ]);
    const internal = found.find((f) => f.message.includes('_sipinternaltls'))!;
    expect(internal).toMatchObject({ severity: 'warning', elements: ['pool1'] });
    expect(internal.message).toContain('sip.fabrikam.com');
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
