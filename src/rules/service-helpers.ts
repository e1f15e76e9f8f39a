/**
 * Small helpers shared by the rules of catalog sections F-O: reading pool properties with their
 * documented defaults, naming lists of elements, and building "draw this link" fixes.
 */
import type { LinkKind } from '../domain/elements/link';
import type { Pool, PoolFeature } from '../domain/elements/pool';
import type { PoolRole } from '../domain/queries';
import type { RuleContext } from './context';
import type { Fix } from './types';

/** Users homed on a pool; missing means 0. */
export function usersOf(pool: Pool): number {
  return pool.users ?? 0;
}

/** Whether a pool runs a feature; a missing flag means off. */
export function hasFeature(pool: Pool, feature: PoolFeature): boolean {
  return pool.features?.[feature] === true;
}

/** A pool whose role is not known yet (no servers, or servers of several roles): other rules judge it. */
export function isUnjudged(ctx: RuleContext, poolId: string): boolean {
  const role = ctx.role(poolId);
  return role === 'empty' || role === 'mixed';
}

/** The pools of one site, through the design index (no walk over the whole design). */
export function poolsInSite(ctx: RuleContext, siteId: string): Pool[] {
  const out: Pool[] = [];
  for (const e of ctx.index.children.get(siteId) ?? []) {
    const pool = ctx.pool(e.id);
    if (pool) out.push(pool);
  }
  return out;
}

/** The other ends of a pool's pairing links, each once, without the pool itself. */
export function pairingPartners(ctx: RuleContext, poolId: string): string[] {
  const partners = new Set<string>();
  for (const l of ctx.out(poolId, 'pairing')) if (l.to !== poolId) partners.add(l.to);
  for (const l of ctx.in(poolId, 'pairing')) if (l.from !== poolId) partners.add(l.from);
  return [...partners];
}

/** Users one Enterprise Front End pool carries (capacity-planning-using-the-user-models). */
export const EE_POOL_MAX_USERS = 80_000;
/** Users per Front End server: 80,000 over the 12 supported servers, as the docs round it. */
export const EE_USERS_PER_FRONT_END = 6_660;
/** Users one Standard Edition server carries. */
export const SE_MAX_USERS = 5_000;

/**
 * Capacity figures are planning numbers: every capacity rule allows 1% over before it speaks, so that two
 * rules judging one pool or pair never disagree about whether a limit is crossed.
 */
export const CAPACITY_TOLERANCE = 1.01;

/** Whether `users` exceed `limit` by more than the shared tolerance. */
export function exceedsCapacity(users: number, limit: number): boolean {
  return users > limit * CAPACITY_TOLERANCE;
}

/**
 * What a registrar pool carries alone: an Enterprise pool 6,660 per Front End server up to 80,000, a Standard
 * Edition server 5,000 (capacity-planning-using-the-user-models).
 */
export function registrarCapacity(ctx: RuleContext, poolId: string): number {
  if (ctx.role(poolId) !== 'front-end') return SE_MAX_USERS;
  return Math.min(EE_POOL_MAX_USERS, EE_USERS_PER_FRONT_END * ctx.servers(poolId).length);
}

/** Front End (Enterprise) and Standard Edition pools: the registrars other pools hang off. */
export const REGISTRAR_ROLES: ReadonlySet<PoolRole> = new Set<PoolRole>(['front-end', 'standard-edition']);

/**
 * The targets of a pool's links of one kind that are wrong: pools of a role not accepted, or no pool at all.
 * A target pool whose role is not known yet (empty or mixed) is not judged here.
 */
export function wrongTargets(ctx: RuleContext, fromId: string, kind: LinkKind, accept: ReadonlySet<PoolRole>): string[] {
  const wrong: string[] = [];
  for (const { to } of ctx.out(fromId, kind)) {
    if (!ctx.pool(to) || !(accept.has(ctx.role(to)) || isUnjudged(ctx, to))) wrong.push(to);
  }
  return wrong;
}

/** The central site a site belongs to: itself when central, its parent when a branch (undefined when it has none). */
export function centralSiteOf(ctx: RuleContext, siteId: string): string | undefined {
  const site = ctx.site(siteId);
  if (!site) return undefined;
  return site.kind === 'central' ? site.id : site.centralSiteId;
}

/** The one pool of an accepted role in a site, when there is exactly one: the obvious link target. */
export function soleTargetInSite(ctx: RuleContext, siteId: string, accept: ReadonlySet<PoolRole>): string | undefined {
  return sole(poolsInSite(ctx, siteId).filter((p) => accept.has(ctx.role(p.id))))?.id;
}

/** The one item of a list, or undefined when there are none or several (then no fix is obvious). */
export function sole<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/** A fix that draws one link. */
export function linkFix(ctx: RuleContext, kind: LinkKind, from: string, to: string, what: string): Fix {
  return {
    label: `Link ${ctx.name(from)} to ${ctx.name(to)} as its ${what}`,
    command: { op: 'link', kind, from, to },
  };
}

/** '"a"', '"a" and "b"', '"a", "b" and "c"'. */
export function nameList(ctx: RuleContext, ids: readonly string[]): string {
  const names = ids.map((id) => ctx.name(id));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** 80000 -> "80,000", without depending on the runtime's locale data. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 server", "3 servers". */
export function plural(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}
