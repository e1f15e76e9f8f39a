// EE_POOL_MAX_FRONT_ENDS: an Enterprise Front End pool supports at most 12 servers, although Topology
// Builder accepts 20 (topic: capacity-planning-using-the-user-models).
import type { Finding, Rule } from '../types';

export const MAX_FRONT_ENDS = 12;

export const eePoolMaxFrontEnds: Rule = {
  id: 'EE_POOL_MAX_FRONT_ENDS',
  severity: 'error',
  wave: 1,
  title: 'An Enterprise Front End pool has more than 12 servers',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      if (!ctx.isFrontEndPool(pool.id)) continue;
      const n = ctx.servers(pool.id).length;
      if (n <= MAX_FRONT_ENDS) continue;
      out.push({
        rule: 'EE_POOL_MAX_FRONT_ENDS',
        severity: 'error',
        elements: [pool.id],
        message: `Enterprise pool ${ctx.name(pool.id)} has ${n} Front End servers; ${MAX_FRONT_ENDS} is the supported maximum (Topology Builder accepts up to 20), so split it into two pools.`,
      });
    }
    return out;
  },
};
