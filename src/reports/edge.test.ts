/** The Edge summary report, rows written by hand from spec reports.md §5 for the reference designs. */
import { describe, expect, it } from 'vitest';
import type { Design } from '../domain/design';
import { loadDesign } from '../document/parse';
import medium from '../document/samples/reference-medium.json?raw';
import small from '../document/samples/reference-small.json?raw';
import { edgeReport } from './edge';

type Raw = { pools: Record<string, unknown>[]; servers: Record<string, unknown>[]; links: Record<string, unknown>[] };

function load(text: string, change: (d: Raw) => void = () => {}): Design {
  const raw = JSON.parse(text);
  change(raw);
  const r = loadDesign(JSON.stringify(raw));
  if (!r.ok) throw r.error;
  return r.value;
}
const key = (r: { server: string; location: string; interface: string; service: string; fqdn: string; ip: string }) =>
  `${r.server} | ${r.location} ${r.interface} | ${r.service} | ${r.fqdn} | ${r.ip}`;

describe('Edge summary report', () => {
  it('medium design: the DNS-load-balanced pool, then per Edge server its internal NIC and three external addresses', () => {
    expect(edgeReport(load(medium)).map(key)).toEqual([
      'edgepool.contoso.com | internal load balancer | Edge internal pool | edgepool.contoso.com | one A record per Edge server (DNS load balancing)',
      'edge1.contoso.com | internal internal | Edge internal | edge1.contoso.com | <internal IP of edge1.contoso.com>',
      'edge1.contoso.com | perimeter external | Access Edge | sip.contoso.com | <external Access Edge IP of edge1.contoso.com>',
      'edge1.contoso.com | perimeter external | Web Conferencing Edge | webcon.contoso.com | <external Web Conferencing Edge IP of edge1.contoso.com>',
      'edge1.contoso.com | perimeter external | A/V Edge | av.contoso.com | <external A/V Edge IP of edge1.contoso.com>',
      'edge2.contoso.com | internal internal | Edge internal | edge2.contoso.com | <internal IP of edge2.contoso.com>',
      'edge2.contoso.com | perimeter external | Access Edge | sip.contoso.com | <external Access Edge IP of edge2.contoso.com>',
      'edge2.contoso.com | perimeter external | Web Conferencing Edge | webcon.contoso.com | <external Web Conferencing Edge IP of edge2.contoso.com>',
      'edge2.contoso.com | perimeter external | A/V Edge | av.contoso.com | <external A/V Edge IP of edge2.contoso.com>',
    ]);
  });

  it('small design: one Edge server, no pool row; the default gateway belongs to the external NIC only', () => {
    const rows = edgeReport(load(small));
    expect(rows.map((r) => `${r.server} ${r.interface} ${r.service}`)).toEqual([
      'edge01.fabrikam.com internal Edge internal',
      'edge01.fabrikam.com external Access Edge',
      'edge01.fabrikam.com external Web Conferencing Edge',
      'edge01.fabrikam.com external A/V Edge',
    ]);
    expect(rows[0]!.comments).toMatch(/no default gateway/);
    expect(rows[1]!.comments).toMatch(/default gateway is on this side/);
    expect(rows.every((r) => r.elements.includes('edge-srv'))).toBe(true);
  });

  it('writes the planned addresses and names, and a NAT row only where a public address is planned', () => {
    const rows = edgeReport(
      load(small, (d) => {
        Object.assign(d.pools.find((p) => p.id === 'edge')!, { accessEdgeFqdn: 'access.fabrikam.com', loadBalancing: 'hardware', vip: '10.1.0.10' });
        Object.assign(d.servers.find((s) => s.id === 'edge-srv')!, { ip: '10.1.0.11', externalIp: '172.16.0.11', publicIp: '198.51.100.11' });
      }),
    );
    expect(rows.map(key)).toEqual([
      'edge01.fabrikam.com | internal load balancer | Edge internal pool | edge01.fabrikam.com | 10.1.0.10',
      'edge01.fabrikam.com | internal internal | Edge internal | edge01.fabrikam.com | 10.1.0.11',
      'edge01.fabrikam.com | perimeter external | Access Edge | access.fabrikam.com | 172.16.0.11',
      'edge01.fabrikam.com | perimeter external | Web Conferencing Edge | webcon.fabrikam.com | <external Web Conferencing Edge IP of edge01.fabrikam.com>',
      'edge01.fabrikam.com | perimeter external | A/V Edge | av.fabrikam.com | <external A/V Edge IP of edge01.fabrikam.com>',
      'edge01.fabrikam.com | external external | NAT public address | access.fabrikam.com | 198.51.100.11',
    ]);
    // NAT behind a hardware load balancer is not supported: the row says so.
    expect(rows[5]!.comments).toMatch(/only with DNS load balancing/);
  });

  it('has no rows for a design without Edge pools', () => {
    expect(edgeReport(load(medium, (d) => {
      d.servers = d.servers.filter((s) => s.role !== 'edge');
      d.pools = d.pools.filter((p) => p.id !== 'edgepool');
      d.links = d.links.filter((l) => l.from !== 'edgepool' && l.to !== 'edgepool');
    }))).toEqual([]);
  });
});
