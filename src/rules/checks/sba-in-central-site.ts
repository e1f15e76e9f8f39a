// SBA_IN_CENTRAL_SITE: survivable branch appliances and servers exist to keep a branch site working when its
// link to the central site fails; a central site has no use for one (topic: supported-topologies).
import { ROLE_LABELS } from '../../domain/labels';
import type { Finding, Fix, Rule } from '../types';

const BRANCH_ROLES = ['survivable-branch-appliance', 'survivable-branch-server'] as const;
const MAX_APPLIANCES = 2;

export const sbaInCentralSite: Rule = {
  id: 'SBA_IN_CENTRAL_SITE',
  severity: 'error',
  wave: 3,
  title: 'A survivable branch appliance or server pool is in a central site',
  check(ctx) {
    const out: Finding[] = [];
    for (const role of BRANCH_ROLES) {
      for (const pool of ctx.poolsWithRole(role)) {
        const site = ctx.site(pool.siteId);
        if (site?.kind !== 'central') continue;
        // Move it to a branch of this central site; for an appliance only where the branch has room for it.
        const fixes: Fix[] = [];
        for (const branch of ctx.design.sites) {
          if (branch.kind !== 'branch' || branch.centralSiteId !== site.id) continue;
          const appliances = (ctx.index.children.get(branch.id) ?? []).filter(
            (e) => ctx.pool(e.id) && ctx.role(e.id) === 'survivable-branch-appliance',
          ).length;
          if (role === 'survivable-branch-appliance' && appliances >= MAX_APPLIANCES) continue;
          fixes.push({
            label: `Move ${ctx.name(pool.id)} to branch site ${ctx.name(branch.id)}`,
            command: { op: 'reparent', id: pool.id, parentId: branch.id },
          });
        }
        out.push({
          rule: 'SBA_IN_CENTRAL_SITE',
          severity: 'error',
          elements: [pool.id, site.id],
          message: `${ROLE_LABELS[role].label} ${ctx.name(pool.id)} is in central site ${ctx.name(site.id)}; survivable branch appliances and servers keep a branch site working and belong in one.`,
          ...(fixes.length > 0 && { fixes }),
        });
      }
    }
    return out;
  },
};
