import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';

describe('MEET_URL_MISSING', () => {
  it('flags listed meet URLs that leave a SIP domain without one', () => {
    const d = mutable(fixture('reference-medium'));
    d.sipDomains = ['fabrikam.com', 'litware.com'];
    d.simpleUrls = { meet: ['https://meet.contoso.com', 'https://meet.fabrikam.com'] };
    const found = findingsOf(d, 'MEET_URL_MISSING');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['pool1'] });
    expect(found[0]!.message).toMatch(/3 SIP domains but 2 meet URLs: litware\.com has none/);
  });

  it('is silent with one meet URL per domain, and with no listed URLs (the defaults cover every domain)', () => {
    const d = mutable(fixture('reference-medium'));
    d.sipDomains = ['fabrikam.com'];
    d.simpleUrls = { meet: ['https://meet.contoso.com', 'https://lync.contoso.com/meet/fabrikam'] };
    expect(findingsOf(d, 'MEET_URL_MISSING')).toEqual([]);
    const defaults = mutable(fixture('reference-medium'));
    defaults.sipDomains = ['fabrikam.com', 'litware.com'];
    expect(findingsOf(defaults, 'MEET_URL_MISSING')).toEqual([]);
  });
});
