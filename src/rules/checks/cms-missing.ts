// CMS_MISSING: a Lync 2013 deployment has exactly one Central Management store, hosted by one Front End
// pool or Standard Edition server (topic: central-management-store-failover).
import type { Rule } from '../types';

export const cmsMissing: Rule = {
  id: 'CMS_MISSING',
  severity: 'error',
  wave: 1,
  title: 'No pool is marked as the Central Management store host',
  check(ctx) {
    const { pools } = ctx.design;
    if (pools.length === 0 || pools.some((p) => p.centralManagementStore)) return [];
    // Offer the first registrar pool (a Front End pool or SE server) as the obvious host.
    const host = pools.find((p) => ctx.isRegistrarPool(p.id));
    return [
      {
        rule: 'CMS_MISSING',
        severity: 'error',
        elements: host ? [host.id] : [pools[0]!.id],
        message:
          'No pool hosts the Central Management store; a Lync deployment needs exactly one, on a Front End pool or Standard Edition server.',
        ...(host && {
          fixes: [{
            label: `Mark ${ctx.name(host.id)} as the CMS host`,
            command: { op: 'update', id: host.id, patch: { centralManagementStore: true } },
          }],
        }),
      },
    ];
  },
};
