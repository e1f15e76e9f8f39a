// SE_POOLED: a Standard Edition server cannot be pooled; high availability needs an Enterprise pool
// (topics: deployment-overview; server-roles).
import type { DesignCommand } from '../../domain/design-command';
import type { Server } from '../../domain/elements/server';
import { normalizeFqdn, type RuleContext } from '../context';
import { freshHostName } from '../fix-helpers';
import { nameList } from '../service-helpers';
import type { Finding, Fix, Rule } from '../types';

/** Ids not used in the design nor handed out before: `<base>`, `<base>-2`... */
function freshIds(ctx: RuleContext, base: string, count: number): string[] {
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!ctx.index.byId.has(id)) out.push(id);
  }
  return out;
}

/**
 * Each extra Standard Edition server becomes a Standard Edition pool of its own in the same site, named after
 * the server (a fresh name when the server carries the pool's name or one another pool uses).
 */
function splitFix(ctx: RuleContext, poolId: string, siteId: string, extra: readonly Server[]): Fix {
  const pool = ctx.pool(poolId)!;
  const poolFqdns = new Set(ctx.design.pools.map((p) => normalizeFqdn(p.fqdn)));
  const ids = freshIds(ctx, `${poolId}-se`, extra.length);
  const commands: DesignCommand[] = [];
  extra.forEach((s, i) => {
    const own = normalizeFqdn(s.fqdn);
    const taken = own === '' || own === normalizeFqdn(pool.fqdn) || poolFqdns.has(own);
    const fqdn = taken ? freshHostName(ctx, 'se', pool.fqdn) : s.fqdn;
    if (fqdn !== s.fqdn) commands.push({ op: 'update', id: s.id, patch: { fqdn } });
    commands.push({ op: 'add', collection: 'pools', element: { id: ids[i]!, siteId, fqdn } });
    commands.push({ op: 'reparent', id: s.id, parentId: ids[i]! });
  });
  return {
    label: `Move ${nameList(ctx, extra.map((s) => s.id))} into ${extra.length === 1 ? 'a Standard Edition pool of its own' : 'Standard Edition pools of their own'}`,
    command: { op: 'batch', commands },
  };
}

export const sePooled: Rule = {
  id: 'SE_POOLED',
  severity: 'error',
  wave: 1,
  title: 'A pool holding a Standard Edition server holds any other server',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      const servers = ctx.servers(pool.id);
      if (servers.length < 2 || !servers.some((s) => s.role === 'standard-edition')) continue;
      const onlySe = servers.every((s) => s.role === 'standard-edition');
      // The Standard Edition server that stays: the one named like the pool, else the first.
      const se = servers.filter((s) => s.role === 'standard-edition');
      const keeper = se.find((s) => normalizeFqdn(s.fqdn) === normalizeFqdn(pool.fqdn)) ?? se[0]!;
      const extra = servers.filter((s) => s !== keeper);
      const fixes: Fix[] = [];
      if (onlySe) fixes.push(splitFix(ctx, pool.id, pool.siteId, extra));
      fixes.push({
        label: `Remove ${nameList(ctx, extra.map((s) => s.id))} from ${ctx.name(pool.id)}`,
        command: { op: 'delete', ids: extra.map((s) => s.id) },
      });
      if (onlySe) {
        fixes.push({
          label: `Convert ${ctx.name(pool.id)} to an Enterprise Edition Front End pool (it then needs a pool FQDN of its own, a back end, a file store and load balancing)`,
          command: {
            op: 'batch',
            commands: servers.map((s) => ({ op: 'update' as const, id: s.id, patch: { role: 'front-end' } })),
          },
        });
      }
      out.push({
        rule: 'SE_POOLED',
        severity: 'error',
        elements: [pool.id, ...servers.map((s) => s.id)],
        message: `Pool ${ctx.name(pool.id)} holds ${servers.length} servers, but a Standard Edition server cannot be pooled; use an Enterprise Edition Front End pool for high availability.`,
        fixes,
      });
    }
    return out;
  },
};
