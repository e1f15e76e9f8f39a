/** The certificate report: per holder, each certificate with its subject and SANs (docs/reports.md §Certificates). */
import type { Design } from '../domain/design';
import type { Pool } from '../domain/elements/pool';
import { edgeNames, internalWebOf, placeholder, reportInputs, reverseProxyFor, servers, simpleUrlHosts, TOPICS, type ReportInputs } from './inputs';

export interface CertificateRow {
  /** The server or pool FQDN that holds the certificate. */
  holder: string;
  certificate: string;
  subject: string;
  san: string[];
  notes: string;
  topic: string;
  elements: string[];
}

const uniq = (names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => !!n).map((n) => n.toLowerCase()))];

export function certificateReport(design: Design): CertificateRow[] {
  const inputs = reportInputs(design);
  const rows: CertificateRow[] = [];
  const discover = (prefix: string) => (inputs.mobility ? inputs.domains.map((d) => `${prefix}.${d}`) : []);

  // The sip.<domain> names are SANs only where the optional internal sip.<domain> records (DNS row 5) are
  // used, which the design does not say; so the sign-in pool's notes name one per SIP domain.
  const sipNames = inputs.domains.map((d) => `sip.${d}`).join(', ');
  const defaultNotes = (p: Pool) =>
    `internal CA; also used server to server (OAuth)${p === inputs.signInPool && sipNames ? `; sign-in pool: add ${sipNames} as SANs for strict DNS matching when clients use the internal sip. records` : ''}`;

  const webPool = (p: Pool, kind: 'Front End' | 'Standard Edition' | 'Director') => {
    for (const s of servers(inputs, p)) {
      const ids = [p.id, s.id];
      const subject = kind === 'Director' ? s.fqdn : p.fqdn;
      rows.push({ holder: s.fqdn, certificate: 'Default', subject: p.fqdn, san: uniq([p.fqdn, s.fqdn, ...(kind === 'Director' ? discover('lyncdiscoverinternal') : [])]), notes: defaultNotes(p), topic: TOPICS.certInternal, elements: ids });
      const internalWeb = kind === 'Standard Edition' ? s.fqdn : internalWebOf(p);
      rows.push({ holder: s.fqdn, certificate: 'Web internal', subject, san: uniq([internalWeb, s.fqdn, p.fqdn, ...simpleUrlHosts(inputs, true), ...discover('lyncdiscoverinternal')]), notes: 'internal CA; a wildcard may replace the simple URL names', topic: TOPICS.certInternal, elements: ids });
      if (p.externalWebFqdn) {
        rows.push({ holder: s.fqdn, certificate: 'Web external', subject, san: uniq([p.externalWebFqdn, ...simpleUrlHosts(inputs, false), ...discover('lyncdiscover')]), notes: 'the reverse proxy publishes these names', topic: TOPICS.certMobility, elements: ids });
      }
    }
  };
  for (const p of inputs.poolsByRole('front-end')) webPool(p, 'Front End');
  for (const p of inputs.poolsByRole('standard-edition')) webPool(p, 'Standard Edition');
  for (const p of inputs.poolsByRole('director')) webPool(p, 'Director');
  for (const p of inputs.poolsByRole('mediation')) {
    for (const s of servers(inputs, p)) {
      rows.push({ holder: s.fqdn, certificate: 'Default', subject: p.fqdn, san: uniq([p.fqdn, s.fqdn]), notes: 'internal CA', topic: TOPICS.certInternal, elements: [p.id, s.id] });
    }
  }
  for (const role of ['survivable-branch-appliance', 'survivable-branch-server'] as const) {
    for (const p of inputs.poolsByRole(role)) {
      for (const s of servers(inputs, p)) {
        rows.push({ holder: s.fqdn, certificate: 'Default', subject: s.fqdn, san: uniq(inputs.domains.map((d) => `sip.${d}`)), notes: 'one sip.<domain> SAN per SIP domain', topic: TOPICS.certInternal, elements: [p.id, s.id] });
      }
    }
  }
  for (const edge of inputs.edgePools) edgeRows(inputs, edge, rows);
  reverseProxy(inputs, rows);
  return rows;
}

function edgeRows(inputs: ReportInputs, edge: Pool, rows: CertificateRow[]) {
  const names = edgeNames(inputs, edge);
  const many = servers(inputs, edge).length > 1;
  const xmpp = edge.xmppFederation && inputs.primary ? [`xmpp.${inputs.primary}`, `*.${inputs.primary}`] : [];
  rows.push({
    holder: edge.fqdn,
    certificate: 'Edge external (Access, Web Conferencing, A/V authentication)',
    subject: names.access,
    san: uniq([names.access, names.webconf, ...inputs.domains.map((d) => `sip.${d}`), ...xmpp]),
    notes: `public CA; exportable private key${many ? ', the same certificate on every server of the pool' : ''}; no wildcard in the subject`,
    topic: TOPICS.certExternal,
    elements: [edge.id],
  });
  rows.push({ holder: edge.fqdn, certificate: 'Edge internal', subject: edge.fqdn, san: [], notes: 'internal CA allowed', topic: TOPICS.certExternal, elements: [edge.id] });
}

/**
 * The reverse proxy listener: a public certificate for every external web FQDN it publishes, the simple URLs
 * and lyncdiscover. Drawn proxies each get their own row (the simple URLs and lyncdiscover go on the one that
 * publishes the web entry pool); without any, one row with a placeholder holder.
 */
function reverseProxy(inputs: ReportInputs, rows: CertificateRow[]) {
  const pools = [...inputs.poolsByRole('front-end'), ...inputs.poolsByRole('standard-edition'), ...inputs.poolsByRole('director')];
  const published = pools.filter((p) => p.externalWebFqdn);
  const urls = [...simpleUrlHosts(inputs, false), ...(inputs.mobility ? inputs.domains.map((d) => `lyncdiscover.${d}`) : [])];
  const notes = 'public CA; wildcard SANs allowed';
  if (!inputs.reverseProxies.length) {
    if (!published.length) return;
    rows.push({
      holder: placeholder('reverse proxy FQDN'),
      certificate: 'Reverse proxy listener',
      subject: published[0]!.externalWebFqdn!,
      san: uniq([...published.map((p) => p.externalWebFqdn), ...urls]),
      notes,
      topic: TOPICS.certExternal,
      elements: published.map((p) => p.id),
    });
    return;
  }
  const entry = inputs.webEntryPool && reverseProxyFor(inputs, inputs.webEntryPool);
  for (const rp of inputs.reverseProxies) {
    const mine = published.filter((p) => reverseProxyFor(inputs, p) === rp);
    const san = uniq([...mine.map((p) => p.externalWebFqdn), ...(!entry || entry === rp ? urls : [])]);
    rows.push({
      holder: rp.fqdn,
      certificate: 'Reverse proxy listener',
      subject: san[0] ?? rp.fqdn,
      san,
      notes,
      topic: TOPICS.certExternal,
      elements: [rp.id, ...mine.map((p) => p.id)],
    });
  }
}
