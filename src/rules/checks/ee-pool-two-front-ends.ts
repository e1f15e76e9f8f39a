// EE_POOL_TWO_FRONT_ENDS: a two-server Front End pool has a quorum caveat: both servers must be restarted
// together and a lost one restored quickly (topic:
// topologies-and-components-for-front-end-servers-instant-messaging-and-presence).
import type { Finding, Rule } from '../types';

export const eePoolTwoFrontEnds: Rule = {
  id: 'EE_POOL_TWO_FRONT_ENDS',
  severity: 'warning',
  wave: 1,
  title: 'An Enterprise Front End pool has exactly 2 servers',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      if (!ctx.isFrontEndPool(pool.id) || ctx.servers(pool.id).length !== 2) continue;
      out.push({
        rule: 'EE_POOL_TWO_FRONT_ENDS',
        severity: 'warning',
        elements: [pool.id],
        message: `Enterprise pool ${ctx.name(pool.id)} has exactly 2 Front End servers; because of pool quorum both must be restarted together and a lost one restored quickly, so 3 or more are recommended.`,
      });
    }
    return out;
  },
};
