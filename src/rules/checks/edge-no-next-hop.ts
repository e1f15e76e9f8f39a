// EDGE_NO_NEXT_HOP: an Edge pool sends internal traffic to one next hop, a Front End pool, Standard Edition
// server or Director pool (topic: define-your-edge-topology).
import type { PoolRole } from '../../domain/queries';
import type { Finding, Rule } from '../types';
import { linkFix, nameList, soleTargetInSite, wrongTargets } from '../service-helpers';

const NEXT_HOPS: ReadonlySet<PoolRole> = new Set<PoolRole>(['front-end', 'standard-edition', 'director']);

export const edgeNoNextHop: Rule = {
  id: 'EDGE_NO_NEXT_HOP',
  severity: 'error',
  wave: 1,
  title: 'An Edge pool has no next hop, or its next hop is not a Front End pool, SE server or Director pool',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('edge')) {
      if (ctx.out(pool.id, 'next-hop').length === 0) {
        const target = soleTargetInSite(ctx, pool.siteId, NEXT_HOPS);
        out.push({
          rule: 'EDGE_NO_NEXT_HOP',
          severity: 'error',
          elements: [pool.id],
          message: `Edge pool ${ctx.name(pool.id)} has no next hop; it must pass remote users' traffic to a Front End pool, Standard Edition server or Director pool.`,
          ...(target && { fixes: [linkFix(ctx, 'next-hop', pool.id, target, 'next hop')] }),
        });
        continue;
      }
      const wrong = wrongTargets(ctx, pool.id, 'next-hop', NEXT_HOPS);
      if (wrong.length === 0) continue;
      out.push({
        rule: 'EDGE_NO_NEXT_HOP',
        severity: 'error',
        elements: [pool.id, ...wrong],
        message: `Edge pool ${ctx.name(pool.id)} has ${nameList(ctx, wrong)} as next hop, but an Edge pool's next hop must be a Front End pool, Standard Edition server or Director pool.`,
      });
    }
    return out;
  },
};
