/** The DNS report: every record the design needs, internal, external and GeoDNS (docs/reports.md §DNS). */
import type { Design } from '../domain/design';
import type { Pool } from '../domain/elements/pool';
import type { Server } from '../domain/elements/server';
import { indexDesign } from '../domain/queries';
import { every, runSteps, type Steps } from '../domain/steps';
import { accessFqdnFor, internalWebOf, edgeNames, ipOf, placeholder, reportInputs, reverseProxyTarget, servers, simpleUrlHosts, TOPICS, type ReportInputs } from './inputs';

export interface DnsRow {
  zone: 'internal' | 'external' | 'geodns';
  type: 'A' | 'SRV' | 'CNAME';
  name: string;
  target: string;
  port?: number;
  protocol?: 'TCP' | 'UDP';
  note?: string;
  topic: string;
  elements: string[];
}

/**
 * The rows an owner (an element, a pairing link) gives, kept while the owner object and what else they depend
 * on are the same: a design has a row per server and per pool member, and the report is made again on every
 * edit (two rules judge it), while an edit changes one element. Each row's identity for removing duplicates is
 * kept beside it. One cache per section of the report, since one pool owns rows in several.
 */
interface Kept {
  deps: readonly unknown[];
  rows: readonly DnsRow[];
  keys: readonly string[];
}
type RowCache = WeakMap<object, Kept>;
const memberRows: RowCache = new WeakMap();
const internalWebRows: RowCache = new WeakMap();
const edgeRows: RowCache = new WeakMap();
const geoRows: RowCache = new WeakMap();
const ownRows: RowCache = new WeakMap();

function rowsOf(cache: RowCache, owner: object, deps: readonly unknown[], make: () => DnsRow[]): Kept {
  const kept = cache.get(owner);
  if (kept && kept.deps.length === deps.length && kept.deps.every((d, i) => Object.is(d, deps[i]))) return kept;
  const rows = make();
  const fresh = { deps, rows, keys: rows.map(keyOf) };
  cache.set(owner, fresh);
  return fresh;
}

/** A row's identity for removing duplicates. */
function keyOf(row: DnsRow): string {
  return `${row.zone}|${row.type}|${row.name}|${row.target}`;
}

/** Lower-case FQDNs of servers, by server object (see rowsOf). */
const lowerFqdns = new WeakMap<object, string>();

function lowerFqdn(e: { fqdn: string }): string {
  let lower = lowerFqdns.get(e);
  if (lower === undefined) {
    lower = e.fqdn.toLowerCase();
    lowerFqdns.set(e, lower);
  }
  return lower;
}

export function dnsReport(design: Design): DnsRow[] {
  return runSteps(dnsReportSteps(design));
}

/** dnsReport in steps (a pause every few hundred elements): at 20,000 elements it is a third of a second. */
export function* dnsReportSteps(design: Design): Steps<DnsRow[]> {
  const pause = every(500);
  const inputs = reportInputs(design);
  const rows: DnsRow[] = [];
  const seen = new Set<string>();
  const add = (row: DnsRow) => {
    const key = keyOf(row);
    if (seen.has(key)) return;
    seen.add(key);
    rows.push(row);
  };
  const addAll = ({ rows: list, keys }: Kept) => {
    for (let i = 0; i < list.length; i++) {
      if (seen.has(keys[i]!)) continue;
      seen.add(keys[i]!);
      rows.push(list[i]!);
    }
  };
  const namesA = new Set<string>();

  // 1. Every Lync server, SQL host and Office Web Apps server by its own name.
  for (const s of design.servers) {
    if (pause()) yield;
    namesA.add(lowerFqdn(s));
    addAll(rowsOf(ownRows, s, [], () => [{ zone: 'internal', type: 'A', name: s.fqdn, target: ipOf(s.fqdn, s.ip), topic: TOPICS.dnsFrontEnd, elements: [s.id] }]));
  }
  for (const q of design.sqlInstances) {
    if (pause()) yield;
    addAll(rowsOf(ownRows, q, [], () => [{ zone: 'internal', type: 'A', name: q.host, target: ipOf(q.host, undefined), topic: TOPICS.dnsFrontEnd, elements: [q.id] }]));
  }
  // 2. and 9. A pool name: one record per member (DNS load balancing) or the load balancer's VIP.
  for (const p of design.pools) {
    if (pause()) yield;
    if (namesA.has(lowerFqdn(p))) continue;
    const members = servers(inputs, p);
    const topic = inputs.edgePools.includes(p) ? TOPICS.dnsEdge : TOPICS.dnsFrontEnd;
    addAll(
      rowsOf(memberRows, p, [topic, ...members], () =>
        p.loadBalancing === 'hardware' || members.length === 0
          ? [{ zone: 'internal', type: 'A', name: p.fqdn, target: p.vip || placeholder(`VIP of ${p.fqdn}`), topic, elements: [p.id] }]
          : members.map((s) => ({ zone: 'internal', type: 'A', name: p.fqdn, target: ipOf(s.fqdn, s.ip), topic, elements: [p.id, s.id] })),
      ),
    );
  }
  // 3. Internal web services: always the HLB virtual IP (web traffic cannot use DNS load balancing).
  const webPools = [...inputs.poolsByRole('front-end'), ...inputs.poolsByRole('standard-edition'), ...inputs.poolsByRole('director')];
  yield;
  for (const p of webPools) {
    if (pause()) yield;
    const web = internalWebOf(p);
    if (web === p.fqdn && servers(inputs, p).length < 2) continue;
    addAll(rowsOf(internalWebRows, p, [], () => [{ zone: 'internal', type: 'A', name: web, target: p.webVip || placeholder(`web VIP of ${p.fqdn}`), topic: TOPICS.dnsDetermine, elements: [p.id] }]));
  }
  const signIn = inputs.signInPool;
  const entry = inputs.webEntryPool;
  for (const d of inputs.domains) {
    if (signIn) {
      add({ zone: 'internal', type: 'SRV', name: `_sipinternaltls._tcp.${d}`, target: signIn.fqdn, port: 5061, protocol: 'TCP', topic: TOPICS.dnsSignIn, elements: [signIn.id] });
      add({ zone: 'internal', type: 'A', name: `sip.${d}`, target: signIn.vip || placeholder(`IP of ${signIn.fqdn}`), note: 'optional: Lync Phone Edition, clients without SRV lookup, strict DNS matching', topic: TOPICS.dnsFrontEnd, elements: [signIn.id] });
    }
    if (entry && inputs.mobility) {
      add({ zone: 'internal', type: 'CNAME', name: `lyncdiscoverinternal.${d}`, target: internalWebOf(entry), topic: TOPICS.dnsMobility, elements: [entry.id] });
    }
  }
  // 7. Simple URLs resolve to the Director, else the Front End pool's web VIP.
  if (entry) {
    for (const host of simpleUrlHosts(inputs, true)) {
      add({ zone: 'internal', type: 'A', name: host, target: entry.webVip || placeholder(`web VIP of ${entry.fqdn}`), topic: TOPICS.dnsSimpleUrls, elements: [entry.id] });
    }
  }
  if (inputs.primary && signIn) {
    add({ zone: 'internal', type: 'SRV', name: `_ntp._udp.${inputs.primary}`, target: placeholder('a domain controller'), port: 123, protocol: 'UDP', note: 'Lync Phone Edition', topic: TOPICS.dnsFrontEnd, elements: [] });
  }
  const domainList = inputs.domains.join(' ');
  for (const edge of inputs.edgePools) {
    const members = servers(inputs, edge);
    // What externalEdgeRows reads besides the pool and its servers.
    addAll(rowsOf(edgeRows, edge, [inputs.primary, domainList, inputs.mobility, ...members], () => externalEdgeRows(inputs, edge, members)));
  }

  // 16. and 17. Remote web access goes through the reverse proxy (the one linked to the pool, when drawn).
  if (entry && inputs.mobility) {
    for (const d of inputs.domains) {
      add({ zone: 'external', type: 'CNAME', name: `lyncdiscover.${d}`, target: entry.externalWebFqdn || placeholder(`external web FQDN of ${entry.fqdn}`), topic: TOPICS.dnsMobility, elements: [entry.id] });
    }
  }
  for (const p of webPools) {
    if (!p.externalWebFqdn) continue;
    const rp = reverseProxyTarget(inputs, p);
    add({ zone: 'external', type: 'A', name: p.externalWebFqdn, target: rp.target, topic: TOPICS.certExternal, elements: [p.id, ...rp.ids] });
  }
  if (entry && (inputs.edgePools.length || inputs.reverseProxies.length || webPools.some((p) => p.externalWebFqdn))) {
    const rp = reverseProxyTarget(inputs, entry);
    for (const host of simpleUrlHosts(inputs, false)) add({ zone: 'external', type: 'A', name: host, target: rp.target, topic: TOPICS.dnsSimpleUrls, elements: [entry.id, ...rp.ids] });
  }
  yield;
  geoDns(design, addAll);
  return rows;
}

/** Rows 10-15: an Edge pool's external records, per member and per SIP domain. */
function externalEdgeRows(inputs: ReportInputs, edge: Pool, members: readonly Server[]): DnsRow[] {
  const rows: DnsRow[] = [];
  const names = edgeNames(inputs, edge);
  const publicIp = (what: string, ip: string | undefined, fqdn: string) => ip?.trim() || placeholder(`public ${what} IP of ${fqdn}`);
  for (const s of members.length ? members : [undefined]) {
    const ids = s ? [edge.id, s.id] : [edge.id];
    const at = s?.fqdn ?? edge.fqdn;
    const access = publicIp('access', s?.publicIp ?? s?.externalIp, at);
    rows.push({ zone: 'external', type: 'A', name: names.access, target: access, topic: TOPICS.dnsEdge, elements: ids });
    for (const d of inputs.domains) {
      const name = accessFqdnFor(inputs, edge, d);
      if (name !== names.access) rows.push({ zone: 'external', type: 'A', name, target: access, note: `access Edge name of ${d}; the same address as ${names.access}`, topic: TOPICS.dnsEdge, elements: ids });
    }
    rows.push({ zone: 'external', type: 'A', name: names.webconf, target: publicIp('web conferencing', undefined, at), topic: TOPICS.dnsEdge, elements: ids });
    rows.push({ zone: 'external', type: 'A', name: names.av, target: publicIp('A/V', undefined, at), topic: TOPICS.dnsEdge, elements: ids });
  }
  for (const d of inputs.domains) {
    const access = accessFqdnFor(inputs, edge, d);
    rows.push({ zone: 'external', type: 'SRV', name: `_sip._tls.${d}`, target: access, port: 443, protocol: 'TCP', topic: TOPICS.dnsEdge, elements: [edge.id] });
    if (edge.federation || inputs.mobility) {
      rows.push({ zone: 'external', type: 'SRV', name: `_sipfederationtls._tcp.${d}`, target: access, port: 5061, protocol: 'TCP', note: edge.federation ? 'federation' : 'push notifications for Lync Mobile', topic: TOPICS.dnsEdge, elements: [edge.id] });
    }
    if (edge.xmppFederation && inputs.primary) {
      rows.push({ zone: 'external', type: 'SRV', name: `_xmpp-server._tcp.${d}`, target: `xmpp.${inputs.primary}`, port: 5269, protocol: 'TCP', topic: TOPICS.dnsEdge, elements: [edge.id] });
    }
  }
  if (edge.xmppFederation && inputs.primary) {
    rows.push({ zone: 'external', type: 'A', name: `xmpp.${inputs.primary}`, target: placeholder(`public access IP of ${edge.fqdn}`), topic: TOPICS.dnsEdge, elements: [edge.id] });
  }
  return rows;
}

/**
 * 18. Paired pools: GeoDNS names that resolve to both pools' web services. The meet and dialin names are the
 * design's simple URL hosts (edited or defaulted, as rows 7 and 17 use), each CNAME'd to `<label>-int.geolb.<rest>`.
 */
function geoDns(design: Design, addAll: (kept: Kept) => void) {
  const inputs = reportInputs(design);
  const byId = indexDesign(design).byId;
  const d = inputs.primary;
  const geoName = (host: string, side: 'int' | 'ext') => {
    const dot = host.indexOf('.');
    return dot > 0 ? `${host.slice(0, dot)}-${side}.geolb.${host.slice(dot + 1)}` : `${host}-${side}.geolb${d ? `.${d}` : ''}`;
  };
  const names: { host: string; side: 'int' | 'ext' }[] = simpleUrlHosts(inputs, false).map((host) => ({ host, side: 'int' }));
  if (d) {
    if (inputs.mobility) names.push({ host: `lyncdiscoverinternal.${d}`, side: 'int' });
    names.push({ host: `scheduler.${d}`, side: 'int' });
    if (inputs.mobility) names.push({ host: `lyncdiscover.${d}`, side: 'ext' });
  }
  // Everything a pair's rows read besides the link and its two pools.
  const namesKey = names.map((n) => `${n.side} ${n.host}`).join(' ') + `|${d}`;
  for (const link of design.links) {
    if (link.kind !== 'pairing') continue;
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (from?.collection !== 'pools' || to?.collection !== 'pools') continue;
    const a = from.element as Pool;
    const b = to.element as Pool;
    addAll(
      rowsOf(geoRows, link, [a, b, namesKey], () => {
        const rows: DnsRow[] = [];
        const ids = [a.id, b.id, link.id];
        for (const { host, side } of names) {
          const geo = geoName(host, side);
          rows.push({ zone: 'geodns', type: 'CNAME', name: host, target: geo, topic: TOPICS.dnsDetermine, elements: ids });
          for (const p of [a, b]) {
            const web = side === 'int' ? internalWebOf(p) : p.externalWebFqdn || placeholder(`external web FQDN of ${p.fqdn}`);
            rows.push({ zone: 'geodns', type: 'CNAME', name: geo, target: web, topic: TOPICS.dnsDetermine, elements: ids });
          }
        }
        return rows;
      }),
    );
  }
}
