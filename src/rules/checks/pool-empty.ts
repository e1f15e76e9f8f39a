// POOL_EMPTY: a pool needs at least one server to run its role (product rule).
import type { Finding, Rule } from '../types';

export const poolEmpty: Rule = {
  id: 'POOL_EMPTY',
  severity: 'warning',
  wave: 1,
  title: 'A pool has no servers',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      if (ctx.servers(pool.id).length > 0) continue;
      out.push({
        rule: 'POOL_EMPTY',
        severity: 'warning',
        elements: [pool.id],
        message: `Pool ${ctx.name(pool.id)} has no servers, so it has no role yet and the other rules cannot judge it; add at least one server.`,
      });
    }
    return out;
  },
};
