// MEDIATION_NO_NEXT_HOP: a stand-alone Mediation pool needs a next hop Front End pool or Standard Edition server
// (topic: define-a-mediation-server-in-topology-builder).
import type { Finding, Rule } from '../types';
import { REGISTRAR_ROLES, centralSiteOf, linkFix, soleTargetInSite, wrongTargets } from '../service-helpers';

export const mediationNoNextHop: Rule = {
  id: 'MEDIATION_NO_NEXT_HOP',
  severity: 'error',
  wave: 1,
  title: 'A stand-alone Mediation pool has no next hop Front End pool or SE server',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('mediation')) {
      const hops = ctx.out(pool.id, 'next-hop').length;
      if (hops > 0 && wrongTargets(ctx, pool.id, 'next-hop', REGISTRAR_ROLES).length < hops) continue;
      // A Mediation pool at a branch hangs off a pool of its central site.
      const central = centralSiteOf(ctx, pool.siteId);
      const target = central === undefined ? undefined : soleTargetInSite(ctx, central, REGISTRAR_ROLES);
      out.push({
        rule: 'MEDIATION_NO_NEXT_HOP',
        severity: 'error',
        elements: [pool.id],
        message: `Mediation pool ${ctx.name(pool.id)} has no next hop Front End pool or Standard Edition server, so the calls it carries reach no registrar.`,
        ...(target && { fixes: [linkFix(ctx, 'next-hop', pool.id, target, 'next hop')] }),
      });
    }
    return out;
  },
};
