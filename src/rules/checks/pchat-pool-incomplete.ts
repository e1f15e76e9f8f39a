// PCHAT_POOL_INCOMPLETE: a Persistent Chat pool needs a next hop Front End pool (or Standard Edition server) and
// a Persistent Chat store (topic: add-persistent-chat-server-to-the-topology).
import type { Finding, Rule } from '../types';
import { REGISTRAR_ROLES, linkFix, soleTargetInSite, wrongTargets } from '../service-helpers';

const MISSING = {
  both: 'has neither a next hop Front End pool nor a Persistent Chat store; it reaches its users through a Front End pool and keeps its chat rooms in a SQL Server database.',
  hop: 'has no next hop Front End pool or Standard Edition server; Persistent Chat reaches its users only through one.',
  store: 'has no Persistent Chat store; its chat rooms and their history live in a SQL Server database.',
} as const;

export const pchatPoolIncomplete: Rule = {
  id: 'PCHAT_POOL_INCOMPLETE',
  severity: 'error',
  wave: 1,
  title: 'A Persistent Chat pool has no next hop Front End pool or no Persistent Chat store',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('persistent-chat')) {
      const hops = ctx.out(pool.id, 'next-hop').length;
      const noHop = hops === 0 || wrongTargets(ctx, pool.id, 'next-hop', REGISTRAR_ROLES).length === hops;
      const noStore = !ctx.out(pool.id, 'persistent-chat-store').some((l) => ctx.sql(l.to));
      if (!noHop && !noStore) continue;
      // Only a fix that completes the pool is offered: the next hop, when that is all that is missing.
      const target = noHop && !noStore ? soleTargetInSite(ctx, pool.siteId, REGISTRAR_ROLES) : undefined;
      out.push({
        rule: 'PCHAT_POOL_INCOMPLETE',
        severity: 'error',
        elements: [pool.id],
        message: `Persistent Chat pool ${ctx.name(pool.id)} ${MISSING[noHop ? (noStore ? 'both' : 'hop') : 'store']}`,
        ...(target && { fixes: [linkFix(ctx, 'next-hop', pool.id, target, 'next hop')] }),
      });
    }
    return out;
  },
};
