/**
 * Golden tests: the rows each report must hold for the two reference designs, written by hand from
 * ../../shared/spec/reports.md (not from the output). Rows are matched on their contract fields.
 */
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../document/parse';
import medium from '../document/samples/reference-medium.json?raw';
import small from '../document/samples/reference-small.json?raw';
import { certificateReport, dnsReport, portReport, serverReport } from './index';

function load(text: string) {
  const r = loadDesign(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const M = load(medium);
const S = load(small);
const dnsKey = (r: { zone: string; type: string; name: string; target: string; port?: number }) => `${r.zone} ${r.type} ${r.name} -> ${r.target}${r.port ? `:${r.port}` : ''}`;

describe('DNS report, medium design', () => {
  const rows = dnsReport(M).map(dnsKey);
  it.each([
    'internal SRV _sipinternaltls._tcp.contoso.com -> pool1.contoso.com:5061',
    'internal A fe1.contoso.com -> <IP of fe1.contoso.com>',
    'internal A be1.contoso.com -> <IP of be1.contoso.com>',
    'internal A pool1.contoso.com -> <IP of fe1.contoso.com>',
    'internal A pool1.contoso.com -> <IP of fe3.contoso.com>',
    'internal A pool1web.contoso.com -> <web VIP of pool1.contoso.com>',
    'internal CNAME lyncdiscoverinternal.contoso.com -> pool1web.contoso.com',
    'internal A meet.contoso.com -> <web VIP of pool1.contoso.com>',
    'internal A dialin.contoso.com -> <web VIP of pool1.contoso.com>',
    'internal A admin.contoso.com -> <web VIP of pool1.contoso.com>',
    'internal A edgepool.contoso.com -> <IP of edge2.contoso.com>',
    'external A sip.contoso.com -> <public access IP of edge1.contoso.com>',
    'external A webcon.contoso.com -> <public web conferencing IP of edge2.contoso.com>',
    'external A av.contoso.com -> <public A/V IP of edge1.contoso.com>',
    'external SRV _sip._tls.contoso.com -> sip.contoso.com:443',
    'external SRV _sipfederationtls._tcp.contoso.com -> sip.contoso.com:5061',
    'external CNAME lyncdiscover.contoso.com -> pool1ext.contoso.com',
    'external A pool1ext.contoso.com -> <public IP of the reverse proxy>',
    'external A meet.contoso.com -> <public IP of the reverse proxy>',
  ])('holds %s', (row) => expect(rows).toContain(row));

  it('keeps lyncdiscover external and lyncdiscoverinternal internal; admin and the SRV stay internal', () => {
    const all = dnsReport(M);
    expect(all.filter((r) => r.name === 'lyncdiscover.contoso.com').map((r) => r.zone)).toEqual(['external']);
    expect(all.filter((r) => r.name === 'lyncdiscoverinternal.contoso.com').map((r) => r.zone)).toEqual(['internal']);
    expect(all.filter((r) => r.name === 'admin.contoso.com').map((r) => r.zone)).toEqual(['internal']);
    expect(all.filter((r) => r.zone === 'geodns')).toEqual([]);
    expect(all.some((r) => r.name.startsWith('_xmpp'))).toBe(false); // no XMPP federation drawn
  });

  it('repeats the per-domain records for a further SIP domain', () => {
    const rows2 = dnsReport({ ...M, sipDomains: ['fabrikam.com'] }).map(dnsKey);
    expect(rows2).toContain('internal SRV _sipinternaltls._tcp.fabrikam.com -> pool1.contoso.com:5061');
    // Spec rows 10 and 13: the access Edge FQDN is per SIP domain (sip.<domain>), so the SRV stays in its domain.
    expect(rows2).toContain('external SRV _sip._tls.fabrikam.com -> sip.fabrikam.com:443');
    expect(rows2).toContain('external CNAME lyncdiscover.fabrikam.com -> pool1ext.contoso.com');
    expect(rows2).toContain('internal A meet.fabrikam.com -> <web VIP of pool1.contoso.com>');
  });

  it('uses given IPs instead of placeholders', () => {
    const withIps = { ...M, servers: M.servers.map((s) => (s.id === 'fe1' ? { ...s, ip: '10.0.0.11' } : s)) };
    expect(dnsReport(withIps).map(dnsKey)).toContain('internal A pool1.contoso.com -> 10.0.0.11');
  });

  it('carries each row its topic and source elements', () => {
    const srv = dnsReport(M).find((r) => r.name === '_sipinternaltls._tcp.contoso.com')!;
    expect(srv.topic).toBe('lync-server-2013-dns-requirements-for-automatic-client-sign-in.md');
    expect(srv.elements).toEqual(['pool1']);
  });
});

describe('DNS report, small design (paired Standard Edition servers)', () => {
  const rows = dnsReport(S).map(dnsKey);
  it.each([
    'internal SRV _sipinternaltls._tcp.fabrikam.com -> se1.fabrikam.com:5061',
    'internal A se2.fabrikam.com -> <IP of se2.fabrikam.com>',
    'internal CNAME lyncdiscoverinternal.fabrikam.com -> se1.fabrikam.com',
    'external A sip.fabrikam.com -> <public access IP of edge01.fabrikam.com>',
    'external SRV _sip._tls.fabrikam.com -> sip.fabrikam.com:443',
    'geodns CNAME meet.fabrikam.com -> meet-int.geolb.fabrikam.com',
    'geodns CNAME meet-int.geolb.fabrikam.com -> se1.fabrikam.com',
    'geodns CNAME meet-int.geolb.fabrikam.com -> se2.fabrikam.com',
    'geodns CNAME scheduler.fabrikam.com -> scheduler-int.geolb.fabrikam.com',
    'geodns CNAME lyncdiscover.fabrikam.com -> lyncdiscover-ext.geolb.fabrikam.com',
  ])('holds %s', (row) => expect(rows).toContain(row));

  it('has no _sipfederationtls record without federation only when mobility is off', () => {
    expect(rows).toContain('external SRV _sipfederationtls._tcp.fabrikam.com -> sip.fabrikam.com:5061'); // push notifications
    expect(dnsReport({ ...S, mobility: false }).some((r) => r.name.startsWith('_sipfederationtls'))).toBe(false);
    expect(dnsReport({ ...S, mobility: false }).some((r) => r.name.startsWith('lyncdiscover'))).toBe(false);
  });
});

describe('certificate report', () => {
  it('gives each medium Front End the pool, server and web FQDNs and the simple URLs', () => {
    const rows = certificateReport(M);
    for (const fe of ['fe1', 'fe2', 'fe3']) {
      const mine = rows.filter((r) => r.holder === `${fe}.contoso.com`);
      expect(mine.map((r) => r.certificate)).toEqual(['Default', 'Web internal', 'Web external']);
      expect(mine[0]!.subject).toBe('pool1.contoso.com');
      expect(mine[0]!.san).toEqual(['pool1.contoso.com', `${fe}.contoso.com`]);
      expect(new Set(mine[1]!.san)).toEqual(
        new Set(['pool1web.contoso.com', `${fe}.contoso.com`, 'pool1.contoso.com', 'meet.contoso.com', 'dialin.contoso.com', 'admin.contoso.com', 'lyncdiscoverinternal.contoso.com']),
      );
      expect(new Set(mine[2]!.san)).toEqual(new Set(['pool1ext.contoso.com', 'meet.contoso.com', 'dialin.contoso.com', 'lyncdiscover.contoso.com']));
    }
  });
  it('asks for one exportable public Edge certificate and a sip. SAN on the SBA', () => {
    const rows = certificateReport(M);
    const edge = rows.find((r) => r.holder === 'edgepool.contoso.com' && r.certificate.startsWith('Edge external'))!;
    expect(edge.subject).toBe('sip.contoso.com');
    expect(edge.san).toEqual(expect.arrayContaining(['sip.contoso.com', 'webcon.contoso.com']));
    expect(edge.notes).toMatch(/exportable private key/);
    expect(rows.find((r) => r.holder === 'sba1.contoso.com')!.san).toEqual(['sip.contoso.com']);
    const rp = rows.find((r) => r.certificate === 'Reverse proxy listener')!;
    expect(new Set(rp.san)).toEqual(new Set(['pool1ext.contoso.com', 'meet.contoso.com', 'dialin.contoso.com', 'lyncdiscover.contoso.com']));
  });
  it('gives a Standard Edition server its own FQDN as subject and no external web certificate without an external FQDN', () => {
    const rows = certificateReport(S).filter((r) => r.holder === 'se1.fabrikam.com');
    expect(rows.map((r) => r.certificate)).toEqual(['Default', 'Web internal']);
    expect(rows[1]!.san).toEqual(expect.arrayContaining(['se1.fabrikam.com', 'meet.fabrikam.com', 'dialin.fabrikam.com', 'admin.fabrikam.com']));
  });
});

describe('port report', () => {
  const key = (r: { from: string; to: string; port: number | string; protocol: string }) => `${r.from} -> ${r.to} ${r.port}/${r.protocol}`;
  it.each([
    'internal clients and Lync servers -> pool1.contoso.com 5061/TCP',
    'internal clients and Lync servers -> pool1.contoso.com 444/TCP',
    'internal clients and Lync servers -> pool1.contoso.com 8057/TCP',
    'internal clients and Lync servers -> pool1.contoso.com 49152-57500/UDP',
    'Front Ends and PSTN gateways -> pool1.contoso.com 5067/TCP',
    'Lync servers -> pool1.contoso.com 445/TCP',
    'pool1.contoso.com -> edgepool.contoso.com 5061/TCP',
    'edgepool.contoso.com -> pool1.contoso.com 5061/TCP',
    'pool1.contoso.com -> edgepool.contoso.com 4443/TCP',
    'Internet -> sip.contoso.com 443/TCP',
    'Internet -> sip.contoso.com 5061/TCP',
    'av.contoso.com -> Internet 50000-59999/TCP',
    'Internet -> av.contoso.com 3478/UDP',
    'Internet -> reverse proxy 443/TCP',
    'reverse proxy -> pool1.contoso.com 4443/TCP',
    'reverse proxy -> owa.contoso.com 443/TCP',
    'gw-dc.contoso.com -> pool1.contoso.com 5067/TCP',
  ])('medium holds %s', (row) => expect(portReport(M).map(key)).toContain(row));
  it('opens dial-in ports only when dial-in conferencing is on', () => {
    expect(portReport(M).some((r) => r.port === 5072)).toBe(false);
    const on = { ...M, pools: M.pools.map((p) => (p.id === 'pool1' ? { ...p, features: { ...p.features, dialInConferencing: true } } : p)) };
    expect(portReport(on).map(key)).toContain('internal clients and Lync servers -> pool1.contoso.com 5072/TCP');
  });
});

describe('server report', () => {
  const key = (r: { site: string; role: string; drawn: number; recommended: number }) => `${r.site} ${r.role} ${r.drawn}/${r.recommended}`;
  it('medium: 20,400 users (SBA included) need ceil(20,400/6,660)+1 = 5 Front Ends; two Edge servers', () => {
    const rows = serverReport(M).map(key);
    expect(rows).toContain('Data centre Front End (Enterprise) 3/5');
    expect(rows).toContain('Data centre Edge 2/2');
  });
  it('small: two SE servers for 4,120 users; one Edge is short of the two for availability', () => {
    const rows = serverReport(S).map(key);
    expect(rows).toContain('Central Standard Edition 2/2');
    expect(rows).toContain('Central Edge 1/2');
  });
  it('sizes Edge servers from concurrent remote users', () => {
    const big = { ...M, sites: M.sites.map((s) => (s.id === 'dc' ? { ...s, remoteUsers: 30_000 } : s)) };
    expect(serverReport(big).map(key)).toContain('Data centre Edge 2/3');
  });
});
