/**
 * Names for new and copied elements: numbered host names (fe01.contoso.com, fe02...) that no element of
 * the design uses yet. Pure; shared by the canvas (palette drops) and the clipboard (paste renumbering).
 */
import type { Design } from './design';
import type { ServerRole } from './elements/server';

/** The host-name prefix Topology Builder users would type for a computer of each role. */
export const ROLE_HOST_PREFIX: Record<ServerRole, string> = {
  'front-end': 'fe',
  'standard-edition': 'se',
  director: 'dir',
  edge: 'edge',
  mediation: 'med',
  'persistent-chat': 'pchat',
  'trusted-application': 'app',
  'office-web-apps': 'owa',
  'survivable-branch-appliance': 'sba',
  'survivable-branch-server': 'sbs',
};

export function normalizeHost(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** Every host name the design uses (pool, server, SQL host, file store host, gateway address, reverse proxy, web FQDNs). */
export function usedHostNames(design: Design): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim() !== '') out.add(normalizeHost(v));
  };
  for (const p of design.pools) {
    add(p.fqdn);
    add(p.internalWebFqdn);
    add(p.externalWebFqdn);
  }
  for (const s of design.servers) add(s.fqdn);
  for (const i of design.sqlInstances) add(i.host);
  for (const f of design.fileStores) add(f.host);
  for (const g of design.gateways) add(g.address);
  for (const r of design.reverseProxies) add(r.fqdn);
  return out;
}

/** The DNS domain new names go in: the primary SIP domain, else the domain of the first pool, else contoso.com. */
export function defaultDomain(design: Design): string {
  const sip = design.primarySipDomain?.trim();
  if (sip) return normalizeHost(sip);
  for (const p of design.pools) {
    const dot = p.fqdn.indexOf('.');
    if (dot > 0) return normalizeHost(p.fqdn.slice(dot + 1));
  }
  return 'contoso.com';
}

function join(label: string, domain: string): string {
  return domain ? `${label}.${domain}` : label;
}

/**
 * The first `prefix<n>.domain` with n > `after` that is not in `used`, where numbers compare by value
 * (se2 and se02 are the same number). The width of the number follows `width`, else the names already in
 * use with this prefix, else two digits. The result is added to `used`, so a series of calls never repeats.
 */
export function nextNumberedHost(
  used: Set<string>,
  prefix: string,
  domain: string,
  options: { after?: number; width?: number } = {},
): string {
  const p = prefix.toLowerCase();
  const d = normalizeHost(domain);
  const pattern = new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`);
  const numbers = new Set<number>();
  let widest: { n: number; width: number } | undefined;
  for (const name of used) {
    const label = d ? (name.endsWith(`.${d}`) ? name.slice(0, -d.length - 1) : undefined) : name.includes('.') ? undefined : name;
    const m = label === undefined ? null : pattern.exec(label);
    if (!m) continue;
    const n = Number(m[1]);
    numbers.add(n);
    if (!widest || n > widest.n) widest = { n, width: m[1]!.length };
  }
  const width = options.width ?? widest?.width ?? 2;
  for (let n = (options.after ?? 0) + 1; ; n++) {
    if (numbers.has(n)) continue;
    const name = join(`${p}${String(n).padStart(width, '0')}`, d);
    if (used.has(name)) continue;
    used.add(name);
    return name;
  }
}

/**
 * A copy's host name: fe03.contoso.com becomes the next free fe<n> after 03 (fe04 when free), keeping the
 * domain and the width of the number; a name without a number gets one (se.contoso.com becomes se2...).
 * The result is added to `used`.
 */
export function renumberHost(fqdn: string, used: Set<string>): string {
  const name = normalizeHost(fqdn);
  const dot = name.indexOf('.');
  const label = dot < 0 ? name : name.slice(0, dot);
  const domain = dot < 0 ? '' : name.slice(dot + 1);
  const m = /^(.*?)(\d+)$/.exec(label);
  if (m) return nextNumberedHost(used, m[1]!, domain, { after: Number(m[2]), width: m[2]!.length });
  return nextNumberedHost(used, label, domain, { after: 1, width: 1 });
}

/** The first label of a host name, as an id prefix: "fe04.contoso.com" gives "fe04". */
export function hostLabel(fqdn: string): string {
  return normalizeHost(fqdn).split('.')[0] || 'el';
}

/** "Central site 2", "Branch site 3": the first "<base> <n>" no site is named, counting from the sites of that kind. */
export function nextSiteName(design: Design, base: string, start: number): string {
  const names = new Set(design.sites.map((s) => s.name.trim().toLowerCase()));
  for (let n = Math.max(1, start); ; n++) {
    const name = `${base} ${n}`;
    if (!names.has(name.toLowerCase())) return name;
  }
}
