// EE_POOL_SINGLE_FRONT_END: an Enterprise pool of one Front End server has no Front End high availability;
// 3 or more are recommended (topic:
// topologies-and-components-for-front-end-servers-instant-messaging-and-presence).
import type { Finding, Rule } from '../types';

export const eePoolSingleFrontEnd: Rule = {
  id: 'EE_POOL_SINGLE_FRONT_END',
  severity: 'info',
  wave: 1,
  title: 'An Enterprise Front End pool has 1 server',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      if (!ctx.isFrontEndPool(pool.id) || ctx.servers(pool.id).length !== 1) continue;
      out.push({
        rule: 'EE_POOL_SINGLE_FRONT_END',
        severity: 'info',
        elements: [pool.id],
        message: `Enterprise pool ${ctx.name(pool.id)} has 1 Front End server, so it has no Front End high availability; 3 or more are recommended.`,
      });
    }
    return out;
  },
};
