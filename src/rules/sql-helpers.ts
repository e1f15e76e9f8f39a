/** SQL facts shared by the back-end, mirroring and pairing rules (sections B, D and E of the catalog). */
import type { Link, LinkKind } from '../domain/elements/link';
import type { Pool } from '../domain/elements/pool';
import type { SqlEdition, SqlInstance } from '../domain/elements/sql-instance';
import { SQL_EDITION_LABELS } from '../domain/labels';
import { normalizeFqdn, type RuleContext } from './context';

/**
 * The release a version string names, as users write it: "2008 R2", "2008r2", "SQL Server 2012", "2012 SP1",
 * "2008 R2 SP2" and the build numbers "11.0" (2012) and "10.50" (2008 R2) give "2008r2" or "2012"; case,
 * spaces, dashes, a product prefix and a service-pack or update suffix are ignored. Anything else comes back
 * normalised the same way, so two spellings of one unknown release still compare equal.
 */
export function normalizeSqlVersion(version: string): string {
  const v = version
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/^(microsoft)?(sqlserver|sql)/, '')
    .replace(/(sp\d*|cu\d*|rtm)+$/, '');
  if (/^11(\.\d+)*$/.test(v)) return '2012';
  if (/^10\.50?(\.\d+)*$/.test(v)) return '2008r2';
  return v;
}

/** The SQL Server versions Lync Server 2013 supports for its databases. */
export const SUPPORTED_SQL_VERSIONS: readonly string[] = ['2008r2', '2012'];
export const SUPPORTED_SQL_TEXT = 'SQL Server 2008 R2 or 2012 Standard or Enterprise';

export function isSupportedSqlVersion(version: string): boolean {
  return SUPPORTED_SQL_VERSIONS.includes(normalizeSqlVersion(version));
}

export function isFullSqlEdition(edition: SqlEdition): boolean {
  return edition === 'standard' || edition === 'enterprise';
}

/** "SQL Server 2012 Enterprise" as users write it. */
export function describeSql(i: SqlInstance): string {
  return `SQL Server ${i.version} ${SQL_EDITION_LABELS[i.edition]}`;
}

export function isClustered(i: SqlInstance): boolean {
  return (i.clusterNodes ?? 0) > 0;
}

/** Mirror links of an instance that point to another instance (a self-mirror is MIRROR_INVALID's business). */
export function mirrorsOf(ctx: RuleContext, id: string): Link[] {
  return ctx.out(id, 'mirror').filter((l) => l.to !== id);
}

/** An instance that is one half of a mirror pair, as principal or as mirror. */
export function isMirrored(ctx: RuleContext, id: string): boolean {
  return mirrorsOf(ctx, id).length > 0 || ctx.in(id, 'mirror').some((l) => l.from !== id);
}

/** The kinds of store link that put a database of some pool on a SQL instance. */
export const STORE_KINDS: readonly LinkKind[] = [
  'backend',
  'monitoring-store',
  'archiving-store',
  'persistent-chat-store',
  'compliance-store',
];

export const STORE_LABELS: Partial<Record<LinkKind, string>> = {
  backend: 'back-end',
  'monitoring-store': 'Monitoring',
  'archiving-store': 'Archiving',
  'persistent-chat-store': 'Persistent Chat',
  'compliance-store': 'Persistent Chat compliance',
};

const seHosts = new WeakMap<RuleContext, Set<string>>();

/** Normalised FQDNs of Standard Edition servers: a SQL instance with such a host is that server's SQL Express. */
export function standardEditionFqdns(ctx: RuleContext): Set<string> {
  let set = seHosts.get(ctx);
  if (!set) {
    set = new Set();
    for (const s of ctx.design.servers) if (s.role === 'standard-edition') set.add(normalizeFqdn(s.fqdn));
    seHosts.set(ctx, set);
  }
  return set;
}

export function isOnStandardEditionServer(ctx: RuleContext, i: SqlInstance): boolean {
  return standardEditionFqdns(ctx).has(normalizeFqdn(i.host));
}

/** A Persistent Chat (or compliance) store link from a Persistent Chat pool collocated on the instance's host. */
export function isCollocatedChatStore(ctx: RuleContext, link: Link, i: SqlInstance): boolean {
  if (link.kind !== 'persistent-chat-store' && link.kind !== 'compliance-store') return false;
  const host = normalizeFqdn(i.host);
  return ctx.servers(link.from).some((s) => s.role === 'persistent-chat' && normalizeFqdn(s.fqdn) === host);
}

/** A pool that may host the CMS: an Enterprise pool with a back-end store, or a Standard Edition server. */
export function isValidCmsHost(ctx: RuleContext, pool: Pool): boolean {
  const role = ctx.role(pool.id);
  return role === 'standard-edition' || (role === 'front-end' && ctx.out(pool.id, 'backend').length > 0);
}

/** "a Director", "an Edge": the indefinite article for a role label in a message. */
export function withArticle(label: string): string {
  return `${/^[AEIOU]/i.test(label) ? 'an' : 'a'} ${label}`;
}

/** "a", "a and b", "a, b and c" for a message. */
export function listText(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** Distinct values in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

export interface Pair {
  a: string;
  b: string;
  link: Link;
}

const pairCache = new WeakMap<RuleContext, Pair[]>();

/**
 * Pairings between two different Front End or Standard Edition pools, one per pair of pools (a duplicate or
 * reversed link adds nothing). Self-pairings and other pools are PAIRING_NOT_ONE_TO_ONE's business.
 */
export function registrarPairs(ctx: RuleContext): Pair[] {
  let pairs = pairCache.get(ctx);
  if (!pairs) {
    pairs = [];
    const seen = new Set<string>();
    for (const link of ctx.linksOfKind('pairing')) {
      const { from: a, to: b } = link;
      if (a === b || !ctx.isRegistrarPool(a) || !ctx.isRegistrarPool(b)) continue;
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push({ a, b, link });
    }
    pairCache.set(ctx, pairs);
  }
  return pairs;
}
