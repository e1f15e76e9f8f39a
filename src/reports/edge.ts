/**
 * The Edge summary report, the Planning Tool's "Summary Report" (docs/reports.md §Edge summary): per Edge
 * server and interface where it sits, its FQDN and IP, and what to mind. Each Edge server has two NICs, the
 * default gateway only on the external one; three external addresses (Access, Web Conferencing, A/V) are
 * recommended over one address with ports 5061/444/443; NAT only with DNS load balancing, on the external side.
 */
import type { Design } from '../domain/design';
import type { Pool } from '../domain/elements/pool';
import { accessFqdnFor, edgeNames, placeholder, reportInputs, servers, TOPICS } from './inputs';

export interface EdgeRow {
  /** The Edge server (or, for a load balancer VIP, the Edge pool) the row is about. */
  server: string;
  /** The network the address is reached from: internal (internal NIC), perimeter (external NIC), external (NAT public address). */
  location: 'internal' | 'perimeter' | 'external';
  interface: 'internal' | 'external' | 'load balancer';
  service: string;
  fqdn: string;
  ip: string;
  comments: string;
  topic: string;
  elements: string[];
}

export function edgeReport(design: Design): EdgeRow[] {
  const inputs = reportInputs(design);
  const rows: EdgeRow[] = [];
  for (const pool of inputs.edgePools) poolRows(pool);
  return rows;

  function poolRows(pool: Pool) {
    const names = edgeNames(inputs, pool);
    const moreNames = [...new Set(inputs.domains.map((d) => accessFqdnFor(inputs, pool, d)))].filter((n) => n !== names.access);
    const alsoNamed = moreNames.length ? `; ${moreNames.join(', ')} (further SIP domains) resolve to this address too` : '';
    const members = servers(inputs, pool);
    const hardware = pool.loadBalancing === 'hardware';
    const topic = TOPICS.dnsEdge;
    if (hardware || members.length > 1) {
      rows.push({
        server: pool.fqdn,
        location: 'internal',
        interface: 'load balancer',
        service: 'Edge internal pool',
        fqdn: pool.fqdn,
        ip: hardware ? pool.vip?.trim() || placeholder(`internal VIP of ${pool.fqdn}`) : 'one A record per Edge server (DNS load balancing)',
        comments: hardware ? 'hardware load balancer VIP of the internal interfaces' : 'DNS load balancing: the pool FQDN resolves to every internal IP',
        topic,
        elements: [pool.id],
      });
    }
    for (const s of members) {
      const ids = [pool.id, s.id];
      const external = (service: string, fqdn: string, ip: string | undefined, comments: string) =>
        rows.push({ server: s.fqdn, location: 'perimeter', interface: 'external', service, fqdn, ip: ip?.trim() || placeholder(`external ${service} IP of ${s.fqdn}`), comments, topic, elements: ids });
      rows.push({
        server: s.fqdn,
        location: 'internal',
        interface: 'internal',
        service: 'Edge internal',
        fqdn: s.fqdn,
        ip: s.ip?.trim() || placeholder(`internal IP of ${s.fqdn}`),
        comments: 'internal NIC: no default gateway, static routes to the internal networks; internal DNS',
        topic,
        elements: ids,
      });
      external('Access Edge', names.access, s.externalIp, `external NIC: the default gateway is on this side only; first of three external addresses (one address with ports 5061/444/443 works but is not recommended)${alsoNamed}`);
      external('Web Conferencing Edge', names.webconf, undefined, 'second external address');
      external('A/V Edge', names.av, undefined, 'third external address; with NAT the A/V Edge must be told its public address');
      if (s.publicIp?.trim()) {
        rows.push({
          server: s.fqdn,
          location: 'external',
          interface: 'external',
          service: 'NAT public address',
          fqdn: names.access,
          ip: s.publicIp.trim(),
          comments: hardware ? 'NAT is supported only with DNS load balancing of the Edge pool, not with a hardware load balancer' : 'NAT: only with DNS load balancing, on the external side, symmetric (the same address in and out)',
          topic,
          elements: ids,
        });
      }
    }
  }
}
