// FILE_STORE_ACROSS_SITES: one file store should serve pools of one site only (topic:
// server-collocation-in-an-enterprise-edition-front-end-pool-deployment).
import type { Finding, Rule } from '../types';

export const fileStoreAcrossSites: Rule = {
  id: 'FILE_STORE_ACROSS_SITES',
  severity: 'warning',
  wave: 1,
  title: 'One file store serves pools in different sites',
  check(ctx) {
    const out: Finding[] = [];
    for (const store of ctx.design.fileStores) {
      const pools = new Set<string>();
      const sites = new Set<string>();
      for (const l of ctx.in(store.id, 'file-store')) {
        const pool = ctx.pool(l.from);
        if (!pool) continue;
        pools.add(pool.id);
        sites.add(pool.siteId);
      }
      if (sites.size < 2) continue;
      out.push({
        rule: 'FILE_STORE_ACROSS_SITES',
        severity: 'warning',
        elements: [store.id, ...pools],
        message: `File store ${ctx.name(store.id)} serves pools in ${sites.size} different sites; each site should keep its pools' files on a share of its own.`,
      });
    }
    return out;
  },
};
