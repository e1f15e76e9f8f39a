// CMS_MULTIPLE: a deployment has exactly one Central Management store; the standby copy in a paired pool is
// not a second CMS (topic: central-management-store-failover).
import { isValidCmsHost } from '../sql-helpers';
import type { Rule } from '../types';

export const cmsMultiple: Rule = {
  id: 'CMS_MULTIPLE',
  severity: 'error',
  wave: 1,
  title: 'More than one pool is marked as the Central Management store host',
  check(ctx) {
    const hosts = ctx.design.pools.filter((p) => p.centralManagementStore);
    if (hosts.length < 2) return [];
    // Keep the first pool that can host it; unmark the others.
    const keep = hosts.find((p) => isValidCmsHost(ctx, p)) ?? hosts[0]!;
    const others = hosts.filter((p) => p !== keep);
    return [
      {
        rule: 'CMS_MULTIPLE',
        severity: 'error',
        elements: [keep.id, ...others.map((p) => p.id)],
        message: `${hosts.length} pools are marked as Central Management store host (${hosts.map((p) => ctx.name(p.id)).join(', ')}); a deployment has exactly one CMS, and the standby copy in a paired pool is not a second one.`,
        fixes: [{
          label: `Keep the CMS on ${ctx.name(keep.id)} only`,
          command: {
            op: 'batch',
            commands: others.map((p) => ({
              op: 'update' as const,
              id: p.id,
              patch: { centralManagementStore: false },
            })),
          },
        }],
      },
    ];
  },
};
