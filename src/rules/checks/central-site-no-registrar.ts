// CENTRAL_SITE_NO_REGISTRAR: every central site holds a Front End pool or a Standard Edition server
// (topics: supported-topologies; sites).
import type { Finding, Rule } from '../types';

export const centralSiteNoRegistrar: Rule = {
  id: 'CENTRAL_SITE_NO_REGISTRAR',
  severity: 'error',
  wave: 1,
  title: 'A central site holds no Front End pool and no Standard Edition server',
  check(ctx) {
    const hasRegistrar = new Set<string>();
    for (const pool of ctx.design.pools) {
      // A pool with any Front End or SE server counts: a mixed pool is POOL_MIXED_ROLES' business.
      if (ctx.servers(pool.id).some((s) => s.role === 'front-end' || s.role === 'standard-edition')) {
        hasRegistrar.add(pool.siteId);
      }
    }
    const out: Finding[] = [];
    for (const site of ctx.design.sites) {
      if (site.kind !== 'central' || hasRegistrar.has(site.id)) continue;
      out.push({
        rule: 'CENTRAL_SITE_NO_REGISTRAR',
        severity: 'error',
        elements: [site.id],
        message: `Central site ${ctx.name(site.id)} holds no Front End pool and no Standard Edition server; every central site needs at least one to register its users.`,
      });
    }
    return out;
  },
};
