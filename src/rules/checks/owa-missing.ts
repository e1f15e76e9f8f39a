// OWA_MISSING: a conferencing pool needs Office Web Apps for PowerPoint sharing in meetings (topic:
// reference-topology-for-small-organizations).
import type { Finding, Rule } from '../types';
import { hasFeature, isUnjudged, linkFix, sole } from '../service-helpers';

export const owaMissing: Rule = {
  id: 'OWA_MISSING',
  severity: 'warning',
  wave: 1,
  title: 'A pool with conferencing has no Office Web Apps link',
  check(ctx) {
    const out: Finding[] = [];
    let owa: { all: string[]; bySite: Map<string, string[]> } | undefined;
    for (const pool of ctx.design.pools) {
      if (!hasFeature(pool, 'conferencing') || isUnjudged(ctx, pool.id)) continue;
      if (ctx.out(pool.id, 'office-web-apps').length > 0) continue;
      if (!owa) {
        owa = { all: [], bySite: new Map() };
        for (const p of ctx.poolsWithRole('office-web-apps')) {
          owa.all.push(p.id);
          const list = owa.bySite.get(p.siteId);
          if (list) list.push(p.id);
          else owa.bySite.set(p.siteId, [p.id]);
        }
      }
      // The obvious server: the one Office Web Apps pool in the pool's site, else the one in the design.
      const local = owa.bySite.get(pool.siteId) ?? [];
      const target = local.length > 0 ? sole(local) : sole(owa.all);
      out.push({
        rule: 'OWA_MISSING',
        severity: 'warning',
        elements: [pool.id],
        message: `Pool ${ctx.name(pool.id)} runs conferencing but has no Office Web Apps server, so PowerPoint presentations cannot be shared in its meetings.`,
        ...(target && ctx.isRegistrarPool(pool.id) && { fixes: [linkFix(ctx, 'office-web-apps', pool.id, target, 'Office Web Apps server')] }),
      });
    }
    return out;
  },
};
