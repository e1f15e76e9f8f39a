// BACKEND_OTHER_SITE: a pool and its back-end databases (and their mirror) belong to one site; pools
// stretched across sites are not supported (topic: supported-topologies).
import type { Finding, Fix, Rule } from '../types';
import { mirrorsOf } from '../sql-helpers';

export const backendOtherSite: Rule = {
  id: 'BACKEND_OTHER_SITE',
  severity: 'warning',
  wave: 3,
  title: "A pool's back end, or that back end's mirror, is a SQL instance of another site",
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const link of ctx.linksOfKind('backend')) {
      const pool = ctx.pool(link.from);
      const principal = ctx.sql(link.to);
      if (!pool || !principal || !ctx.isRegistrarPool(pool.id)) continue;
      const site = ctx.site(pool.siteId);
      const candidates = [principal, ...mirrorsOf(ctx, principal.id).map((l) => ctx.sql(l.to))];
      for (const inst of candidates) {
        if (!inst || inst.siteId === pool.siteId || seen.has(`${pool.id}\u0000${inst.id}`)) continue;
        seen.add(`${pool.id}\u0000${inst.id}`);
        const role = inst === principal ? 'back end' : `back end's mirror`;
        // Moving the instance is safe only when no pool of another site also uses it.
        const users = ctx.in(inst.id, 'backend').map((l) => ctx.pool(l.from)?.siteId);
        const soleSite = inst !== principal || users.every((s) => s === pool.siteId);
        const fixes: Fix[] =
          site?.kind === 'central' && soleSite
            ? [{ label: `Move ${ctx.name(inst.id)} into site ${ctx.name(site.id)}`, command: { op: 'reparent', id: inst.id, parentId: site.id } }]
            : [];
        out.push({
          rule: 'BACKEND_OTHER_SITE',
          severity: 'warning',
          elements: [pool.id, inst.id],
          message: `The ${role} ${ctx.name(inst.id)} of pool ${ctx.name(pool.id)} is in site ${ctx.name(inst.siteId)}, not in the pool's site ${ctx.name(pool.siteId)}; a pool and its databases belong to one site.`,
          ...(fixes.length > 0 && { fixes }),
        });
      }
    }
    return out;
  },
};
