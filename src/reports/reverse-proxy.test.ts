/** What the reports read from a reverse proxy element (spec reports.md §1 rows 16-17, §2 listener, §3 reverse proxy). */
import { describe, expect, it } from 'vitest';
import type { Design } from '../domain/design';
import { isLinkAllowed } from '../domain/link-rules';
import { loadDesign } from '../document/parse';
import medium from '../document/samples/reference-medium.json?raw';
import { certificateReport, dnsReport, portReport } from './index';

/** The medium design (pool1 publishes pool1ext.contoso.com) with reverse proxies added as given. */
function design(proxies: object[], links: object[] = []): Design {
  const d = JSON.parse(medium);
  d.reverseProxies = proxies;
  d.links.push(...links);
  const r = loadDesign(JSON.stringify(d));
  if (!r.ok) throw r.error;
  return r.value;
}
const RP = { id: 'rp1', siteId: 'dc', fqdn: 'rp1.contoso.com', publicIp: '203.0.113.10' };
const PUBLISHES = { id: 'rp-pool1', kind: 'reverse-proxy', from: 'rp1', to: 'pool1' };

describe('reverse proxy in the reports', () => {
  it('points external DNS for the published web FQDN and the simple URLs at its public IP', () => {
    const rows = dnsReport(design([RP], [PUBLISHES])).filter((r) => r.zone === 'external' && r.type === 'A');
    for (const name of ['pool1ext.contoso.com', 'meet.contoso.com', 'dialin.contoso.com']) {
      expect(rows.find((r) => r.name === name), name).toMatchObject({ target: '203.0.113.10', elements: ['pool1', 'rp1'] });
    }
    // Admin stays internal only.
    expect(rows.some((r) => r.name === 'admin.contoso.com')).toBe(false);
  });

  it('names its FQDN as the placeholder until its IP is planned, and a single proxy publishes without a link', () => {
    const rows = dnsReport(design([{ ...RP, publicIp: undefined }]));
    expect(rows.find((r) => r.zone === 'external' && r.name === 'pool1ext.contoso.com')!.target).toBe('<public IP of rp1.contoso.com>');
    // Near miss: without any proxy the generic placeholder stays, as before.
    expect(dnsReport(design([])).find((r) => r.zone === 'external' && r.name === 'pool1ext.contoso.com')!.target).toBe('<public IP of the reverse proxy>');
  });

  it('opens 443/80 from the Internet to it and 4443/8080 from it to the pool it publishes', () => {
    const rows = portReport(design([RP], [PUBLISHES])).map((r) => `${r.from} > ${r.to} ${r.port}/${r.protocol}`);
    expect(rows).toEqual(expect.arrayContaining([
      'Internet > rp1.contoso.com 443/TCP',
      'Internet > rp1.contoso.com 80/TCP',
      'rp1.contoso.com > pool1.contoso.com 4443/TCP',
      'rp1.contoso.com > pool1.contoso.com 8080/TCP',
      'rp1.contoso.com > owa.contoso.com 443/TCP',
    ]));
    // No placeholder rows for an undrawn proxy beside the drawn one.
    expect(rows.some((r) => r.startsWith('reverse proxy >') || r.includes('> reverse proxy '))).toBe(false);
  });

  it('holds the listener certificate with the published names, per proxy', () => {
    const certs = certificateReport(design([RP, { id: 'rp2', siteId: 'dc', fqdn: 'rp2.contoso.com' }], [PUBLISHES])).filter((c) => c.certificate === 'Reverse proxy listener');
    expect(certs.map((c) => c.holder)).toEqual(['rp1.contoso.com', 'rp2.contoso.com']);
    expect(certs[0]).toMatchObject({ subject: 'pool1ext.contoso.com', elements: ['rp1', 'pool1'] });
    expect(certs[0]!.san).toEqual(expect.arrayContaining(['pool1ext.contoso.com', 'meet.contoso.com', 'dialin.contoso.com', 'lyncdiscover.contoso.com']));
    // The second proxy publishes nothing yet: no names of pool1's on it.
    expect(certs[1]!.san).toEqual([]);
  });

  it('is linked to Front End, Standard Edition, Director and Office Web Apps pools only', () => {
    const d = design([RP]);
    expect(isLinkAllowed(d, 'reverse-proxy', 'rp1', 'pool1')).toBe(true);
    expect(isLinkAllowed(d, 'reverse-proxy', 'rp1', 'owa')).toBe(true);
    expect(isLinkAllowed(d, 'reverse-proxy', 'rp1', 'edgepool')).toBe(false);
    expect(isLinkAllowed(d, 'reverse-proxy', 'pool1', 'rp1')).toBe(false);
  });
});
