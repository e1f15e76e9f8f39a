// GATEWAY_NO_TRUNK: a PSTN gateway needs a trunk to a Mediation pool, a pool with collocated Mediation or a
// survivable branch appliance/server (topic: define-a-gateway-in-topology-builder).
import type { Finding, Rule } from '../types';
import type { RuleContext } from '../context';
import { centralSiteOf, isUnjudged, linkFix, poolsInSite, sole } from '../service-helpers';

/** Whether a trunk may end at this element: a pool that terminates calls, or one whose role is not known yet. */
function terminatesTrunk(ctx: RuleContext, id: string): boolean {
  const pool = ctx.pool(id);
  if (!pool) return false;
  const role = ctx.role(id);
  return (
    role === 'mediation' ||
    role === 'survivable-branch-appliance' ||
    role === 'survivable-branch-server' ||
    (ctx.isRegistrarPool(id) && pool.collocatedMediation === true) ||
    isUnjudged(ctx, id)
  );
}

function hasTrunk(ctx: RuleContext, gatewayId: string): boolean {
  for (const l of ctx.out(gatewayId, 'trunk')) if (terminatesTrunk(ctx, l.to)) return true;
  return false;
}

/** The one judged pool that could terminate the trunk: in the gateway's site, else in its central site. */
function obviousTarget(ctx: RuleContext, siteId: string): string | undefined {
  const judged = (site: string) => poolsInSite(ctx, site).filter((p) => !isUnjudged(ctx, p.id) && terminatesTrunk(ctx, p.id));
  const local = judged(siteId);
  if (local.length > 0) return sole(local)?.id;
  const central = centralSiteOf(ctx, siteId);
  return central === undefined || central === siteId ? undefined : sole(judged(central))?.id;
}

export const gatewayNoTrunk: Rule = {
  id: 'GATEWAY_NO_TRUNK',
  severity: 'error',
  wave: 1,
  title: 'A PSTN gateway has no trunk to a Mediation Server or survivable branch appliance',
  check(ctx) {
    const out: Finding[] = [];
    for (const gw of ctx.design.gateways) {
      if (hasTrunk(ctx, gw.id)) continue;
      const target = obviousTarget(ctx, gw.siteId);
      out.push({
        rule: 'GATEWAY_NO_TRUNK',
        severity: 'error',
        elements: [gw.id],
        message: `Gateway ${ctx.name(gw.id)} has no trunk to a Mediation pool, a pool with collocated Mediation or a survivable branch appliance, so no call can pass between it and Lync.`,
        ...(target && { fixes: [linkFix(ctx, 'trunk', gw.id, target, 'trunk peer')] }),
      });
    }
    return out;
  },
};
