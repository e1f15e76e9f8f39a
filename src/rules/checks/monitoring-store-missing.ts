// MONITORING_STORE_MISSING: a pool that runs Monitoring needs a Monitoring store on a full SQL Server, stand-alone
// or on a back-end host (topic: components-and-topologies-for-monitoring).
import type { Finding, Rule } from '../types';
import { hasFeature, isUnjudged, linkFix, sole } from '../service-helpers';

export const monitoringStoreMissing: Rule = {
  id: 'MONITORING_STORE_MISSING',
  severity: 'error',
  wave: 1,
  title: 'A pool with Monitoring enabled has no Monitoring store',
  check(ctx) {
    const out: Finding[] = [];
    let looked = false;
    let shared: string | undefined;
    for (const pool of ctx.design.pools) {
      if (!hasFeature(pool, 'monitoring') || isUnjudged(ctx, pool.id)) continue;
      if (ctx.out(pool.id, 'monitoring-store').length > 0) continue;
      // The obvious store is the one full-SQL Monitoring store the other pools already share.
      if (!looked) {
        looked = true;
        const stores = new Set(ctx.linksOfKind('monitoring-store').map((l) => l.to));
        shared = sole([...stores].filter((id) => (ctx.sql(id)?.edition ?? 'express') !== 'express'));
      }
      out.push({
        rule: 'MONITORING_STORE_MISSING',
        severity: 'error',
        elements: [pool.id],
        message: `Pool ${ctx.name(pool.id)} has Monitoring enabled but no Monitoring store; its call detail and quality data need a database on a full SQL Server.`,
        ...(shared && ctx.isRegistrarPool(pool.id) && { fixes: [linkFix(ctx, 'monitoring-store', pool.id, shared, 'Monitoring store')] }),
      });
    }
    return out;
  },
};
