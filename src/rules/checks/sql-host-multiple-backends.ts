// SQL_HOST_MULTIPLE_BACKENDS: one SQL host holds the back end of one Front End pool only, and at most one
// Monitoring and one Archiving store instance (topic:
// server-collocation-in-an-enterprise-edition-front-end-pool-deployment).
import type { LinkKind } from '../../domain/elements/link';
import type { SqlInstance } from '../../domain/elements/sql-instance';
import type { RuleContext } from '../context';
import { unique } from '../sql-helpers';
import type { Finding, Rule } from '../types';

/** Instances of one host holding a link of this kind, and the pools those links come from. */
function holders(ctx: RuleContext, instances: readonly SqlInstance[], kind: LinkKind, pool: (id: string) => boolean) {
  const insts: string[] = [];
  const pools: string[] = [];
  for (const i of instances) {
    const from = ctx.in(i.id, kind).filter((l) => pool(l.from));
    if (from.length === 0) continue;
    insts.push(i.id);
    pools.push(...from.map((l) => l.from));
  }
  return { insts, pools: unique(pools) };
}

export const sqlHostMultipleBackends: Rule = {
  id: 'SQL_HOST_MULTIPLE_BACKENDS',
  severity: 'error',
  wave: 1,
  title: 'One SQL host holds the back ends of several Front End pools, or two Monitoring or Archiving stores',
  check(ctx) {
    const out: Finding[] = [];
    for (const instances of ctx.sqlHosts().values()) {
      const host = instances[0]!.host;
      const be = holders(ctx, instances, 'backend', (id) => ctx.isFrontEndPool(id));
      // A mirror holds a copy of its principal's databases: it counts as a back end of that pool (wave 3).
      let viaMirror = false;
      for (const i of instances) {
        for (const m of ctx.in(i.id, 'mirror')) {
          if (m.from === i.id) continue;
          const owners = ctx.in(m.from, 'backend').filter((l) => ctx.isFrontEndPool(l.from)).map((l) => l.from);
          if (owners.length === 0) continue;
          viaMirror = true;
          if (!be.insts.includes(i.id)) be.insts.push(i.id);
          be.pools = unique([...be.pools, ...owners]);
        }
      }
      // One instance behind several pools is SQL_INSTANCE_DUPLICATE_DATABASE; here: several instances.
      if (be.pools.length > 1 && be.insts.length > 1) {
        out.push({
          rule: 'SQL_HOST_MULTIPLE_BACKENDS',
          severity: 'error',
          elements: [...be.insts, ...be.pools],
          message: `SQL host "${host}" ${viaMirror ? 'holds the back-end databases, as principal or mirror, ' : 'is the back end '}of ${be.pools.length} Front End pools (${be.pools.map((p) => ctx.name(p)).join(', ')}); one back-end server serves one Front End pool only.`,
        });
      }
      for (const [kind, label] of [
        ['monitoring-store', 'Monitoring'],
        ['archiving-store', 'Archiving'],
      ] as const) {
        const st = holders(ctx, instances, kind, (id) => ctx.pool(id) !== undefined);
        if (st.insts.length < 2) continue;
        out.push({
          rule: 'SQL_HOST_MULTIPLE_BACKENDS',
          severity: 'error',
          elements: [...st.insts, ...st.pools],
          message: `SQL host "${host}" holds a ${label} store in ${st.insts.length} instances (${st.insts.map((i) => ctx.name(i)).join(', ')}); one host holds at most one ${label} store, which several pools may share.`,
        });
      }
    }
    return out;
  },
};
