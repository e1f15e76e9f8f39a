// BACKEND_NO_HA: high availability is several Front End servers plus a mirrored (or clustered) back end
// (topic: back-end-server-high-availability).
import { isClustered, isMirrored } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const backendNoHa: Rule = {
  id: 'BACKEND_NO_HA',
  severity: 'warning',
  wave: 1,
  title: 'An Enterprise pool’s back end is neither mirrored nor clustered',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      if (!ctx.isFrontEndPool(pool.id)) continue;
      for (const l of ctx.out(pool.id, 'backend')) {
        const inst = ctx.sql(l.to);
        if (!inst || isClustered(inst) || isMirrored(ctx, inst.id)) continue;
        out.push({
          rule: 'BACKEND_NO_HA',
          severity: 'warning',
          elements: [pool.id, inst.id],
          message: `The back end of Enterprise pool ${ctx.name(pool.id)}, ${ctx.name(inst.id)}, is neither mirrored nor clustered, so losing that one SQL Server stops the pool; mirror or cluster it for high availability.`,
        });
      }
    }
    return out;
  },
};
