/** The firewall and port report: who opens what to whom (docs/reports.md §Ports). */
import type { Design } from '../domain/design';
import type { Pool } from '../domain/elements/pool';
import { edgeNames, reportInputs, reverseProxyFor, TOPICS, type ReportInputs } from './inputs';

export interface PortRow {
  from: string;
  to: string;
  /** A port number, or a range such as "50000-59999". */
  port: number | string;
  protocol: 'TCP' | 'UDP';
  purpose: string;
  topic: string;
  elements: string[];
}

type Spec = [port: number | string, protocol: 'TCP' | 'UDP', purpose: string];
const CLIENTS = 'internal clients and Lync servers';
const INTERNET = 'Internet';

const FRONT_END: Spec[] = [
  [5061, 'TCP', 'SIP over TLS/MTLS'], [444, 'TCP', 'HTTPS: focus, SBA to Front End'], [135, 'TCP', 'DCOM/RPC'],
  [80, 'TCP', 'web services (HTTP)'], [443, 'TCP', 'web services (HTTPS)'], [8080, 'TCP', 'web services, external (HTTP)'],
  [4443, 'TCP', 'web services, external (HTTPS, from the reverse proxy)'], [8060, 'TCP', 'MTLS'], [8061, 'TCP', 'MTLS'],
  [5086, 'TCP', 'Mobility service'], [5087, 'TCP', 'Mobility service'], [1434, 'UDP', 'SQL Browser (local CMS replica)'],
];
const CONFERENCING: Spec[] = [
  [5062, 'TCP', 'IM conferencing'], [5063, 'TCP', 'A/V conferencing'], [5065, 'TCP', 'application sharing'],
  [8057, 'TCP', 'web conferencing (PSOM)'], ['49152-57500', 'UDP', 'audio media'], ['57501-65535', 'UDP', 'video media'],
  ['49152-65535', 'TCP', 'application sharing media'],
];
const DIAL_IN: Spec[] = [[5064, 'TCP', 'dial-in conferencing'], [5072, 'TCP', 'Conferencing Attendant'], [5073, 'TCP', 'Conferencing Announcement']];
const VOICE: Spec[] = [[5071, 'TCP', 'Response Group'], [8404, 'TCP', 'Response Group'], [5075, 'TCP', 'Call Park'], [5076, 'TCP', 'Audio Test']];
const CAC: Spec[] = [[5080, 'TCP', 'Bandwidth Policy Service'], [448, 'TCP', 'Bandwidth Policy Service']];
const MEDIATION: Spec[] = [[5070, 'TCP', 'Mediation (MTLS from Front Ends)'], [5067, 'TCP', 'SIP over TLS from gateways'], [5068, 'TCP', 'SIP over TCP from gateways']];

export function portReport(design: Design): PortRow[] {
  const inputs = reportInputs(design);
  const rows: PortRow[] = [];
  const open = (from: string, to: string, specs: Spec[], topic: string, elements: string[]) => {
    for (const [port, protocol, purpose] of specs) rows.push({ from, to, port, protocol, purpose, topic, elements });
  };
  const registrars = [...inputs.poolsByRole('front-end'), ...inputs.poolsByRole('standard-edition')];
  for (const p of registrars) {
    const f = p.features ?? {};
    open(CLIENTS, p.fqdn, FRONT_END, TOPICS.portsInternal, [p.id]);
    if (f.conferencing) open(CLIENTS, p.fqdn, CONFERENCING, TOPICS.portsInternal, [p.id]);
    if (f.dialInConferencing) open(CLIENTS, p.fqdn, DIAL_IN, TOPICS.portsInternal, [p.id]);
    if (f.enterpriseVoice) open(CLIENTS, p.fqdn, VOICE, TOPICS.portsInternal, [p.id]);
    if (f.callAdmissionControl) open(CLIENTS, p.fqdn, CAC, TOPICS.portsInternal, [p.id]);
    if (p.collocatedMediation) open('Front Ends and PSTN gateways', p.fqdn, MEDIATION, TOPICS.portsInternal, [p.id]);
    if (p.centralManagementStore) open('Lync servers', p.fqdn, [[445, 'TCP', 'Master Replicator Agent (CMS)']], TOPICS.portsInternal, [p.id]);
  }
  for (const p of inputs.poolsByRole('director')) {
    open(CLIENTS, p.fqdn, [[5061, 'TCP', 'SIP over TLS/MTLS'], [444, 'TCP', 'HTTPS'], [80, 'TCP', 'web services'], [443, 'TCP', 'web services']], TOPICS.portsInternal, [p.id]);
  }
  for (const p of inputs.poolsByRole('mediation')) open('Front Ends and PSTN gateways', p.fqdn, MEDIATION, TOPICS.portsInternal, [p.id]);
  for (const p of inputs.poolsByRole('persistent-chat')) {
    open(CLIENTS, p.fqdn, [[5041, 'TCP', 'Persistent Chat (MTLS)'], [881, 'TCP', 'Persistent Chat (TLS/MTLS)'], [443, 'TCP', 'file transfer']], TOPICS.portsInternal, [p.id]);
  }
  for (const p of inputs.poolsByRole('office-web-apps')) open('Lync servers and the reverse proxy', p.fqdn, [[443, 'TCP', 'Office Web Apps (HTTPS)']], TOPICS.portsInternal, [p.id]);
  for (const edge of inputs.edgePools) edgePorts(design, edge, registrars, rows);
  reverseProxyPorts(inputs, registrars.concat(inputs.poolsByRole('director')), inputs.poolsByRole('office-web-apps'), rows);
  pstn(design, rows);
  return rows;
}

function edgePorts(design: Design, edge: Pool, registrars: Pool[], rows: PortRow[]) {
  const inputs = reportInputs(design);
  const names = edgeNames(inputs, edge);
  const row = (from: string, to: string, port: number | string, protocol: 'TCP' | 'UDP', purpose: string, topic: string = TOPICS.portsEdge, elements = [edge.id]) =>
    rows.push({ from, to, port, protocol, purpose, topic, elements });
  const hops = design.links.filter((l) => l.kind === 'next-hop' && l.from === edge.id);
  for (const hop of hops) {
    const pool = design.pools.find((p) => p.id === hop.to);
    if (!pool) continue;
    row(pool.fqdn, edge.fqdn, 5061, 'TCP', 'SIP (MTLS) to the Edge internal interface', TOPICS.portsEdge, [edge.id, pool.id, hop.id]);
    row(edge.fqdn, pool.fqdn, 5061, 'TCP', 'SIP (MTLS) from the Edge to its next hop', TOPICS.portsEdge, [edge.id, pool.id, hop.id]);
  }
  row('Front End servers', edge.fqdn, 8057, 'TCP', 'web conferencing (PSOM)');
  row('Front End servers and SBAs', edge.fqdn, 5062, 'TCP', 'A/V authentication');
  row('internal clients', edge.fqdn, 3478, 'UDP', 'A/V media (STUN/TURN)');
  row('internal clients', edge.fqdn, 443, 'TCP', 'A/V media fallback (TCP)');
  const cms = registrars.find((p) => p.centralManagementStore);
  if (cms) row(cms.fqdn, edge.fqdn, 4443, 'TCP', 'CMS replication to the Edge', TOPICS.portsEdge, [edge.id, cms.id]);
  if (edge.xmppFederation) row('Front End servers (XMPP gateway)', edge.fqdn, 23456, 'TCP', 'XMPP gateway');
  row('Lync servers', edge.fqdn, '50001-50003', 'TCP', 'Centralized Logging Service');
  // External interface.
  row(INTERNET, names.access, 443, 'TCP', 'remote sign-in and SIP (Access Edge)');
  if (edge.federation) {
    row(INTERNET, names.access, 5061, 'TCP', 'federation and public IM (MTLS)');
    row(names.access, INTERNET, 5061, 'TCP', 'federation and public IM (MTLS)');
  }
  row(names.access, INTERNET, 80, 'TCP', 'certificate revocation lists');
  row(names.access, INTERNET, 53, 'TCP', 'DNS');
  row(names.access, INTERNET, 53, 'UDP', 'DNS');
  row(INTERNET, names.webconf, 443, 'TCP', 'web conferencing (PSOM)');
  row(INTERNET, names.av, 443, 'TCP', 'A/V media (TCP)', TOPICS.portsAv);
  row(names.av, INTERNET, 443, 'TCP', 'A/V media (TCP)', TOPICS.portsAv);
  row(INTERNET, names.av, 3478, 'UDP', 'A/V media (STUN/UDP)', TOPICS.portsAv);
  row(names.av, INTERNET, 3478, 'UDP', 'A/V media (STUN/UDP)', TOPICS.portsAv);
  row(names.av, INTERNET, '50000-59999', 'TCP', 'A/V media with federated partners', TOPICS.portsAv);
  if (edge.xmppFederation) {
    row(INTERNET, names.access, 5269, 'TCP', 'XMPP federation');
    row(names.access, INTERNET, 5269, 'TCP', 'XMPP federation');
  }
}

/**
 * Internet -> reverse proxy 443 (and 80), reverse proxy -> each published pool 4443 (and 8080) and -> Office
 * Web Apps 443. With reverse proxies drawn, each writes the rows of the pools it publishes under its FQDN;
 * without, one row set for "reverse proxy" as the placeholder.
 */
function reverseProxyPorts(inputs: ReportInputs, webPools: Pool[], owa: Pool[], rows: PortRow[]) {
  const published = webPools.filter((p) => p.externalWebFqdn || inputs.publishers.has(p.id));
  if (!published.length && !inputs.edgePools.length && !inputs.reverseProxies.length) return;
  const t = TOPICS.portsReverseProxy;
  const groups = new Map<string, { label: string; ids: string[]; pools: Pool[]; owa: Pool[] }>();
  const groupOf = (p: Pool) => {
    const rp = reverseProxyFor(inputs, p);
    const key = rp?.id ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { label: rp?.fqdn ?? 'reverse proxy', ids: rp ? [rp.id] : [], pools: [], owa: [] }));
    return g;
  };
  // Every drawn proxy gets its listener rows, even before it is linked to anything.
  for (const rp of inputs.reverseProxies) groups.set(rp.id, { label: rp.fqdn, ids: [rp.id], pools: [], owa: [] });
  if (!inputs.reverseProxies.length) groups.set('', { label: 'reverse proxy', ids: [], pools: [], owa: [] });
  for (const p of published) groupOf(p).pools.push(p);
  for (const p of owa) groupOf(p).owa.push(p);
  for (const g of groups.values()) {
    if (g.ids.length === 0 && inputs.reverseProxies.length && !g.pools.length && !g.owa.length) continue;
    const listener = [...g.ids, ...g.pools.map((p) => p.id)];
    rows.push({ from: INTERNET, to: g.label, port: 443, protocol: 'TCP', purpose: 'external web services, simple URLs, mobility', topic: t, elements: listener });
    rows.push({ from: INTERNET, to: g.label, port: 80, protocol: 'TCP', purpose: 'optional: HTTP (first autodiscover request)', topic: t, elements: listener });
    for (const p of g.pools) {
      rows.push({ from: g.label, to: p.fqdn, port: 4443, protocol: 'TCP', purpose: 'published external web services (HTTPS)', topic: t, elements: [...g.ids, p.id] });
      rows.push({ from: g.label, to: p.fqdn, port: 8080, protocol: 'TCP', purpose: 'published external web services (HTTP, when 80 is published)', topic: t, elements: [...g.ids, p.id] });
    }
    for (const p of g.owa) rows.push({ from: g.label, to: p.fqdn, port: 443, protocol: 'TCP', purpose: 'Office Web Apps', topic: t, elements: [...g.ids, p.id] });
  }
}

function pstn(design: Design, rows: PortRow[]) {
  for (const link of design.links) {
    if (link.kind !== 'trunk') continue;
    const gw = design.gateways.find((g) => g.id === link.from || g.id === link.to);
    const pool = design.pools.find((p) => p.id === link.from || p.id === link.to);
    if (!gw || !pool) continue;
    const ids = [gw.id, pool.id, link.id];
    rows.push({ from: gw.address, to: pool.fqdn, port: 5067, protocol: 'TCP', purpose: 'SIP over TLS from the gateway to Mediation', topic: TOPICS.portsInternal, elements: ids });
    rows.push({ from: pool.fqdn, to: gw.address, port: 5067, protocol: 'TCP', purpose: "SIP over TLS to the gateway's listening port (default)", topic: TOPICS.portsInternal, elements: ids });
  }
}
