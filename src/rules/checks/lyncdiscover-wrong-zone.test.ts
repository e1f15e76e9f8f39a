import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { poolOf } from '../test-builders';

describe('LYNCDISCOVER_WRONG_ZONE', () => {
  it('flags an internal web services FQDN named lyncdiscover.<SIP domain>: it lands in internal DNS', () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').internalWebFqdn = 'lyncdiscover.contoso.com';
    const found = findingsOf(d, 'LYNCDISCOVER_WRONG_ZONE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1'] });
    expect(found[0]!.message).toMatch(/"lyncdiscover\.contoso\.com" in internal DNS.*external DNS only/);
  });

  it('flags a meet URL named lyncdiscoverinternal.<SIP domain> once, for its external record', () => {
    const d = mutable(fixture('reference-medium'));
    d.simpleUrls = { meet: ['https://lyncdiscoverinternal.contoso.com'] };
    const found = findingsOf(d, 'LYNCDISCOVER_WRONG_ZONE');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/in external DNS.*internal DNS only/);
  });

  it('is silent for the reference design and for such names outside the SIP domains', () => {
    expect(findingsOf(fixture('reference-medium'), 'LYNCDISCOVER_WRONG_ZONE')).toEqual([]);
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').internalWebFqdn = 'lyncdiscover.corp.contoso.net';
    poolOf(d, 'pool1').externalWebFqdn = 'lyncdiscover2.contoso.com';
    expect(findingsOf(d, 'LYNCDISCOVER_WRONG_ZONE')).toEqual([]);
  });
});
