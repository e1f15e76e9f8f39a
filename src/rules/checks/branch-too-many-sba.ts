// BRANCH_TOO_MANY_SBA: a branch site holds at most two survivable branch appliances (topic:
// branch-site-resiliency-solutions).
import type { Finding, Rule } from '../types';

const MAX_APPLIANCES = 2;

export const branchTooManySba: Rule = {
  id: 'BRANCH_TOO_MANY_SBA',
  severity: 'error',
  wave: 1,
  title: 'A branch site holds more than 2 survivable branch appliances',
  check(ctx) {
    const bySite = new Map<string, string[]>();
    for (const pool of ctx.poolsWithRole('survivable-branch-appliance')) {
      if (ctx.site(pool.siteId)?.kind !== 'branch') continue;
      const list = bySite.get(pool.siteId);
      if (list) list.push(pool.id);
      else bySite.set(pool.siteId, [pool.id]);
    }
    const out: Finding[] = [];
    for (const [siteId, pools] of bySite) {
      if (pools.length <= MAX_APPLIANCES) continue;
      out.push({
        rule: 'BRANCH_TOO_MANY_SBA',
        severity: 'error',
        elements: [siteId, ...pools],
        message: `Branch site ${ctx.name(siteId)} holds ${pools.length} survivable branch appliances; a branch has at most ${MAX_APPLIANCES}, and a larger one takes a survivable branch server or becomes a central site.`,
      });
    }
    return out;
  },
};
