// ARCHIVING_STORE_MISSING: a pool that runs Archiving needs an Archiving store on a full SQL Server, stand-alone
// or on a back-end host (topic: components-and-topologies-for-archiving).
import type { Finding, Rule } from '../types';
import { hasFeature, isUnjudged, linkFix, sole } from '../service-helpers';

export const archivingStoreMissing: Rule = {
  id: 'ARCHIVING_STORE_MISSING',
  severity: 'error',
  wave: 1,
  title: 'A pool with Archiving enabled has no Archiving store',
  check(ctx) {
    const out: Finding[] = [];
    let looked = false;
    let shared: string | undefined;
    for (const pool of ctx.design.pools) {
      if (!hasFeature(pool, 'archiving') || isUnjudged(ctx, pool.id)) continue;
      if (ctx.out(pool.id, 'archiving-store').length > 0) continue;
      // The obvious store is the one full-SQL Archiving store the other pools already share.
      if (!looked) {
        looked = true;
        const stores = new Set(ctx.linksOfKind('archiving-store').map((l) => l.to));
        shared = sole([...stores].filter((id) => (ctx.sql(id)?.edition ?? 'express') !== 'express'));
      }
      out.push({
        rule: 'ARCHIVING_STORE_MISSING',
        severity: 'error',
        elements: [pool.id],
        message: `Pool ${ctx.name(pool.id)} has Archiving enabled but no Archiving store; its archived IM and conference content needs a database on a full SQL Server.`,
        ...(shared && ctx.isRegistrarPool(pool.id) && { fixes: [linkFix(ctx, 'archiving-store', pool.id, shared, 'Archiving store')] }),
      });
    }
    return out;
  },
};
