// CAC_MULTIPLE_POOLS_IN_SITE: call admission control is run by one pool per central site (topic:
// define-and-configure-a-front-end-pool-or-standard-edition-server).
import type { Finding, Rule } from '../types';
import { hasFeature, isUnjudged, nameList } from '../service-helpers';

export const cacMultiplePoolsInSite: Rule = {
  id: 'CAC_MULTIPLE_POOLS_IN_SITE',
  severity: 'error',
  wave: 2,
  title: 'More than one pool in a central site has call admission control enabled',
  check(ctx) {
    const bySite = new Map<string, string[]>();
    for (const pool of ctx.design.pools) {
      if (!hasFeature(pool, 'callAdmissionControl') || isUnjudged(ctx, pool.id)) continue;
      if (ctx.site(pool.siteId)?.kind !== 'central') continue;
      const list = bySite.get(pool.siteId);
      if (list) list.push(pool.id);
      else bySite.set(pool.siteId, [pool.id]);
    }
    const out: Finding[] = [];
    for (const [siteId, pools] of bySite) {
      if (pools.length < 2) continue;
      const [keep, ...extra] = pools;
      out.push({
        rule: 'CAC_MULTIPLE_POOLS_IN_SITE',
        severity: 'error',
        elements: [...pools, siteId],
        message: `Pools ${nameList(ctx, pools)} all run call admission control in central site ${ctx.name(siteId)}; one pool per central site runs it.`,
        fixes: [{
          label: `Keep call admission control on ${ctx.name(keep!)} only`,
          command: {
            op: 'batch',
            commands: extra.map((id) => ({
              op: 'update' as const,
              id,
              patch: { features: { ...ctx.pool(id)!.features, callAdmissionControl: false } },
            })),
          },
        }],
      });
    }
    return out;
  },
};
