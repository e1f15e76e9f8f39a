/**
 * Further SIP domains: the per-domain rows of shared/spec/reports.md §1 (rows 5, 10, 13, 14) and §2, and
 * GeoDNS names that follow the design's simple URLs (row 18).
 */
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import type { Design } from '../domain/design';
import { certificateReport, dnsReport } from './index';
import { edgeReport } from './edge';

const dnsKey = (r: { zone: string; type: string; name: string; target: string; port?: number }) => `${r.zone} ${r.type} ${r.name} -> ${r.target}${r.port ? `:${r.port}` : ''}`;
const medium = (patch: Partial<Design> = {}): Design => ({ ...SAMPLES.medium.load(), sipDomains: ['fabrikam.com'], ...patch });
const withEdge = (d: Design, patch: Record<string, unknown>): Design => ({ ...d, pools: d.pools.map((p) => (p.id === 'edgepool' ? { ...p, ...patch } : p)) });

describe('DNS report with two SIP domains', () => {
  const rows = dnsReport(medium()).map(dnsKey);
  it.each([
    'internal A sip.contoso.com -> <IP of pool1.contoso.com>',
    'internal A sip.fabrikam.com -> <IP of pool1.contoso.com>',
    'external A sip.contoso.com -> <public access IP of edge1.contoso.com>',
    'external A sip.fabrikam.com -> <public access IP of edge1.contoso.com>',
    'external A sip.fabrikam.com -> <public access IP of edge2.contoso.com>',
    'external SRV _sip._tls.contoso.com -> sip.contoso.com:443',
    'external SRV _sip._tls.fabrikam.com -> sip.fabrikam.com:443',
    'external SRV _sipfederationtls._tcp.fabrikam.com -> sip.fabrikam.com:5061',
  ])('holds %s', (row) => expect(rows).toContain(row));

  it('points no external record of the further domain at the primary access name', () => {
    expect(rows.filter((r) => r.includes('fabrikam.com -> sip.contoso.com'))).toEqual([]);
  });

  it('keeps a configured access FQDN for the primary domain and gives the further one sip.<domain>', () => {
    const all = dnsReport(withEdge(medium(), { accessEdgeFqdn: 'access.contoso.com' })).map(dnsKey);
    expect(all).toContain('external SRV _sip._tls.contoso.com -> access.contoso.com:443');
    expect(all).toContain('external A access.contoso.com -> <public access IP of edge1.contoso.com>');
    expect(all).toContain('external SRV _sip._tls.fabrikam.com -> sip.fabrikam.com:443');
    expect(all).toContain('external A sip.fabrikam.com -> <public access IP of edge1.contoso.com>');
    expect(all.some((r) => r.startsWith('external A sip.contoso.com'))).toBe(false);
  });

  it('leaves a one-domain design with the same rows', () => {
    const one = dnsReport(SAMPLES.medium.load());
    expect(one.filter((r) => r.zone === 'external' && r.name.startsWith('sip.')).map((r) => r.name)).toEqual(['sip.contoso.com', 'sip.contoso.com']);
  });
});

describe('certificates and Edge summary with two SIP domains', () => {
  it('puts sip.<each domain> on the Edge external and SBA certificates and names them for the sign-in pool', () => {
    const rows = certificateReport(medium());
    const edge = rows.find((r) => r.certificate.startsWith('Edge external'))!;
    expect(edge.san).toEqual(expect.arrayContaining(['sip.contoso.com', 'sip.fabrikam.com']));
    expect(rows.find((r) => r.holder === 'sba1.contoso.com')!.san).toEqual(['sip.contoso.com', 'sip.fabrikam.com']);
    const fe1 = rows.find((r) => r.holder === 'fe1.contoso.com' && r.certificate === 'Default')!;
    expect(fe1.notes).toContain('sip.contoso.com, sip.fabrikam.com');
    expect(fe1.san).toEqual(['pool1.contoso.com', 'fe1.contoso.com']);
  });

  it('names the further access FQDN on the Access Edge address', () => {
    const access = edgeReport(medium()).find((r) => r.service === 'Access Edge')!;
    expect(access.fqdn).toBe('sip.contoso.com');
    expect(access.comments).toContain('sip.fabrikam.com');
  });
});

describe('GeoDNS follows the simple URLs', () => {
  const small = SAMPLES.small.load();
  it('uses edited meet and dialin URLs', () => {
    const rows = dnsReport({ ...small, simpleUrls: { meet: ['https://lync.fabrikam.com/meet'], dialin: 'https://dial.fabrikam.com' } }).filter((r) => r.zone === 'geodns').map(dnsKey);
    expect(rows).toContain('geodns CNAME lync.fabrikam.com -> lync-int.geolb.fabrikam.com');
    expect(rows).toContain('geodns CNAME lync-int.geolb.fabrikam.com -> se1.fabrikam.com');
    expect(rows).toContain('geodns CNAME dial.fabrikam.com -> dial-int.geolb.fabrikam.com');
    expect(rows.some((r) => r.includes('meet.') || r.includes('dialin.'))).toBe(false);
  });
  it('gives each SIP domain its default meet URL', () => {
    const rows = dnsReport({ ...small, sipDomains: ['contoso.com'] }).map(dnsKey);
    expect(rows).toContain('geodns CNAME meet.fabrikam.com -> meet-int.geolb.fabrikam.com');
    expect(rows).toContain('geodns CNAME meet.contoso.com -> meet-int.geolb.contoso.com');
    expect(rows).toContain('geodns CNAME dialin.fabrikam.com -> dialin-int.geolb.fabrikam.com');
  });
});
