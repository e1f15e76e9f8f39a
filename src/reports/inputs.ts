/**
 * The planning inputs every report reads, with the documented defaults filled in (docs/reports.md,
 * ../../docs/file-format.md "Planning inputs"). Pure functions of the design.
 */
import type { Design } from '../domain/design';
import type { Pool } from '../domain/elements/pool';
import type { ReverseProxy } from '../domain/elements/reverse-proxy';
import type { Server, ServerRole } from '../domain/elements/server';
import { indexDesign, poolRole, serversOf } from '../domain/queries';
import { recentMemo } from '../domain/recent-memo';

/** Where an address is missing the report writes this, as the Planning Tool did before editing. */
export const placeholder = (what: string): string => `<${what}>`;
export const ipOf = (fqdn: string, ip: string | undefined): string => ip?.trim() || placeholder(`IP of ${fqdn}`);

export interface ReportInputs {
  design: Design;
  primary: string;
  /** The primary SIP domain first, then the further ones; empty when the design has none. */
  domains: string[];
  meetUrls: string[];
  dialinUrl: string | undefined;
  adminUrl: string | undefined;
  mobility: boolean;
  poolsByRole: (role: ServerRole) => Pool[];
  signInPool: Pool | undefined;
  /** The pool whose web services answer simple URLs and autodiscover: the Director pool, else the sign-in Front End pool. */
  webEntryPool: Pool | undefined;
  edgePools: Pool[];
  reverseProxies: readonly ReverseProxy[];
  /** The reverse proxies linked (`reverse-proxy` links) to each pool they publish, by pool id. */
  publishers: ReadonlyMap<string, ReverseProxy[]>;
}


export function hostOfUrl(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').split(/[/:?#]/)[0]!.toLowerCase();
}

/** Memoised on the last few designs (not a WeakMap on every design the undo history holds). */
export const reportInputs: (design: Design) => ReportInputs = recentMemo(reportInputsNow);

function reportInputsNow(design: Design): ReportInputs {
  const primary = design.primarySipDomain?.trim() ?? '';
  const domains = [...new Set([primary, ...(design.sipDomains ?? [])].map((d) => d.trim().toLowerCase()).filter(Boolean))];
  const byRole = new Map<string, Pool[]>();
  for (const p of design.pools) {
    const r = poolRole(design, p.id);
    // Pushed, not copied: a copy per pool was quadratic in the pools of a role (seconds at 20,000 elements).
    const list = byRole.get(r);
    if (list) list.push(p);
    else byRole.set(r, [p]);
  }
  const poolsByRole = (role: ServerRole) => byRole.get(role) ?? [];
  const chosen = design.signInPoolId ? (indexDesign(design).byId.get(design.signInPoolId)?.element as Pool | undefined) : undefined;
  const signInPool = chosen && design.pools.includes(chosen) ? chosen : defaultSignInPool(poolsByRole);
  const su = design.simpleUrls;
  const publishers = new Map<string, ReverseProxy[]>();
  const proxies = new Map(design.reverseProxies.map((r) => [r.id, r]));
  for (const l of design.links) {
    const rp = l.kind === 'reverse-proxy' ? proxies.get(l.from) : undefined;
    if (!rp) continue;
    const list = publishers.get(l.to);
    if (list) list.push(rp);
    else publishers.set(l.to, [rp]);
  }
  const defaults = defaultSimpleUrls(domains, primary);
  const inputs: ReportInputs = {
    design,
    primary,
    domains,
    meetUrls: su?.meet?.length ? su.meet : defaults.meetUrls,
    dialinUrl: su?.dialin ?? defaults.dialinUrl,
    adminUrl: su?.admin ?? defaults.adminUrl,
    mobility: design.mobility !== false,
    poolsByRole,
    signInPool,
    webEntryPool: poolsByRole('director')[0] ?? signInPool,
    edgePools: poolsByRole('edge'),
    reverseProxies: design.reverseProxies,
    publishers,
  };
  return inputs;
}

/** The simple URLs of a design that sets none: meet per SIP domain, dial-in and admin on the primary domain. */
export function defaultSimpleUrls(domains: readonly string[], primary: string): { meetUrls: string[]; dialinUrl: string | undefined; adminUrl: string | undefined } {
  return {
    meetUrls: domains.map((d) => `https://meet.${d}`),
    dialinUrl: primary ? `https://dialin.${primary}` : undefined,
    adminUrl: primary ? `https://admin.${primary}` : undefined,
  };
}

/** The sign-in pool of a design that chooses none: the first Director pool, else the first Front End or Standard Edition pool. */
export function defaultSignInPool(poolsByRole: (role: ServerRole) => Pool[]): Pool | undefined {
  return poolsByRole('director')[0] ?? poolsByRole('front-end')[0] ?? poolsByRole('standard-edition')[0];
}

/** Simple URL host names (meet per domain, dialin, admin), without duplicates. */
export function simpleUrlHosts(inputs: ReportInputs, withAdmin: boolean): string[] {
  const urls = [...inputs.meetUrls, inputs.dialinUrl, withAdmin ? inputs.adminUrl : undefined];
  return [...new Set(urls.filter((u): u is string => !!u).map(hostOfUrl))];
}

export const internalWebOf = (p: Pool): string => p.internalWebFqdn || p.fqdn;

export function edgeNames(inputs: ReportInputs, edge: Pool): { access: string; webconf: string; av: string } {
  const d = inputs.primary || 'example.com';
  return {
    access: edge.accessEdgeFqdn || `sip.${d}`,
    webconf: edge.webConferencingEdgeFqdn || `webcon.${d}`,
    av: edge.avEdgeFqdn || `av.${d}`,
  };
}

/**
 * The access Edge FQDN a SIP domain's external records use (spec rows 10, 13, 14: `sip.<sipdomain>` per
 * domain). The primary domain keeps the Edge's own access FQDN (configured, else `sip.<primary>`); a further
 * domain gets `sip.<domain>`, an extra A record to the same access address, because clients match an SRV
 * target to their own SIP domain strictly by default and the Edge has only one configured access FQDN.
 */
export function accessFqdnFor(inputs: ReportInputs, edge: Pool, domain: string): string {
  return domain === inputs.primary.toLowerCase() ? edgeNames(inputs, edge).access : `sip.${domain}`;
}

/**
 * The reverse proxy that publishes a pool: the first one linked to it, else the design's only reverse proxy
 * (a design with one proxy needs no links to say so); undefined when that is not known.
 */
export function reverseProxyFor(inputs: ReportInputs, pool: Pool): ReverseProxy | undefined {
  return inputs.publishers.get(pool.id)?.[0] ?? (inputs.reverseProxies.length === 1 ? inputs.reverseProxies[0] : undefined);
}

/** Where external DNS points a name the reverse proxy publishes for a pool: its public IP, or a placeholder naming it. */
export function reverseProxyTarget(inputs: ReportInputs, pool: Pool | undefined): { target: string; ids: string[] } {
  const rp = pool && reverseProxyFor(inputs, pool);
  if (!rp) return { target: placeholder('public IP of the reverse proxy'), ids: [] };
  return { target: rp.publicIp?.trim() || placeholder(`public IP of ${rp.fqdn}`), ids: [rp.id] };
}

export const servers = (inputs: ReportInputs, pool: Pool): readonly Server[] => serversOf(inputs.design, pool.id);

/** The documentation topics behind the rows (files in MicrosoftDocs/OfficeDocs-SkypeForBusiness, Lync/LyncServer/). */
export const TOPICS = {
  dnsFrontEnd: 'lync-server-2013-dns-requirements-for-front-end-pool.md',
  dnsDetermine: 'lync-server-2013-determine-dns-requirements.md',
  dnsSignIn: 'lync-server-2013-dns-requirements-for-automatic-client-sign-in.md',
  dnsMobility: 'lync-server-2013-dns-requirements-for-mobility.md',
  dnsSimpleUrls: 'lync-server-2013-dns-requirements-for-simple-urls.md',
  dnsEdge: 'lync-server-2013-dns-summary-single-consolidated-edge-with-private-ip-addresses-using-nat.md',
  certInternal: 'lync-server-2013-certificate-requirements-for-internal-servers.md',
  certExternal: 'lync-server-2013-certificate-requirements-for-external-user-access.md',
  certMobility: 'lync-server-2013-certificate-requirements-for-mobility.md',
  portsInternal: 'lync-server-2013-ports-and-protocols-for-internal-servers.md',
  portsEdge: 'lync-server-2013-port-summary-single-consolidated-edge-with-private-ip-addresses-using-nat.md',
  portsAv: 'lync-server-2013-determine-external-a-v-firewall-and-port-requirements.md',
  portsReverseProxy: 'lync-server-2013-port-summary-reverse-proxy.md',
  capacity: 'lync-server-2013-capacity-planning-using-the-user-models.md',
} as const;
