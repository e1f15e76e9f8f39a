// TRUSTED_APP_NO_NEXT_HOP: a Trusted Application pool needs a next hop Front End pool or Standard Edition server
// (topic: configure-a-new-trusted-application-server).
import type { Finding, Rule } from '../types';
import { REGISTRAR_ROLES, centralSiteOf, linkFix, soleTargetInSite, wrongTargets } from '../service-helpers';

export const trustedAppNoNextHop: Rule = {
  id: 'TRUSTED_APP_NO_NEXT_HOP',
  severity: 'error',
  wave: 1,
  title: 'A Trusted Application pool has no next hop Front End pool or SE server',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('trusted-application')) {
      const hops = ctx.out(pool.id, 'next-hop').length;
      if (hops > 0 && wrongTargets(ctx, pool.id, 'next-hop', REGISTRAR_ROLES).length < hops) continue;
      const central = centralSiteOf(ctx, pool.siteId);
      const target = central === undefined ? undefined : soleTargetInSite(ctx, central, REGISTRAR_ROLES);
      out.push({
        rule: 'TRUSTED_APP_NO_NEXT_HOP',
        severity: 'error',
        elements: [pool.id],
        message: `Trusted Application pool ${ctx.name(pool.id)} has no next hop Front End pool or Standard Edition server, so its application has no Lync pool to send its traffic to.`,
        ...(target && { fixes: [linkFix(ctx, 'next-hop', pool.id, target, 'next hop')] }),
      });
    }
    return out;
  },
};
