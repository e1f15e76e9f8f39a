// BRANCH_SITE_DISALLOWED_ELEMENT: a branch site holds only survivable branch appliances/servers, PSTN
// gateways and a stand-alone Mediation pool (topic: supported-topologies).
import type { AnyElement } from '../../domain/design';
import type { PoolRole } from '../../domain/queries';
import { ROLE_LABELS } from '../../domain/labels';
import type { RuleContext } from '../context';
import { withArticle } from '../sql-helpers';
import type { Finding, Fix, Rule } from '../types';

const ALLOWED = new Set<PoolRole>([
  'survivable-branch-appliance',
  'survivable-branch-server',
  'mediation',
  // A pool without a (single) role yet is judged by POOL_EMPTY / POOL_MIXED_ROLES.
  'empty',
  'mixed',
]);

const SURVIVABLE = new Set<PoolRole>(['survivable-branch-appliance', 'survivable-branch-server']);

function whatItIs(ctx: RuleContext, id: string): string {
  const found = ctx.index.byId.get(id);
  if (found?.collection === 'sqlInstances') return 'a SQL Server instance';
  if (found?.collection === 'fileStores') return 'a file store';
  if (found?.collection === 'reverseProxies') return 'a reverse proxy';
  const role = ctx.role(id);
  return role === 'empty' || role === 'mixed' ? 'a pool' : `${withArticle(ROLE_LABELS[role].label)} pool`;
}

export const branchSiteDisallowedElement: Rule = {
  id: 'BRANCH_SITE_DISALLOWED_ELEMENT',
  severity: 'error',
  wave: 1,
  title: 'A branch site contains something other than branch appliances, gateways and a Mediation pool',
  check(ctx) {
    const out: Finding[] = [];
    for (const site of ctx.design.sites) {
      if (site.kind !== 'branch') continue;
      const central = ctx.site(site.centralSiteId);
      const children: readonly AnyElement[] = ctx.index.children.get(site.id) ?? [];
      for (const child of children) {
        const collection = ctx.index.byId.get(child.id)?.collection;
        if (collection === 'gateways') continue;
        if (collection === 'pools' && ALLOWED.has(ctx.role(child.id))) continue;
        const isSe = collection === 'pools' && ctx.role(child.id) === 'standard-edition';
        const fixes: Fix[] = [];
        // Best first: move the element to the branch's central site, which takes anything.
        if (central?.kind === 'central') {
          fixes.push({
            label: `Move ${ctx.name(child.id)} to central site ${ctx.name(central.id)}`,
            command: { op: 'reparent', id: child.id, parentId: central.id },
          });
        }
        if (isSe) {
          // A Standard Edition server makes a central site, but the branch's survivable appliances and
          // servers then sit in a central site (SBA_IN_CENTRAL_SITE), so this is never the first fix then.
          const survivable = children.some((e) => ctx.pool(e.id) && SURVIVABLE.has(ctx.role(e.id)));
          fixes.push({
            label: `Make ${ctx.name(site.id)} a central site${survivable ? ' (its survivable branch appliances or servers then need another branch)' : ''}`,
            command: { op: 'update', id: site.id, patch: { kind: 'central', centralSiteId: undefined } },
          });
          if (survivable && fixes.length === 1) fixes.pop();
        }
        out.push({
          rule: 'BRANCH_SITE_DISALLOWED_ELEMENT',
          severity: 'error',
          elements: [child.id, site.id],
          message: `Branch site ${ctx.name(site.id)} holds ${ctx.name(child.id)}, ${whatItIs(ctx, child.id)}; a branch may hold only survivable branch appliances or servers, PSTN gateways and a stand-alone Mediation pool${isSe ? ' (a Standard Edition server makes it a central site)' : ''}.`,
          ...(fixes.length > 0 && { fixes }),
        });
      }
    }
    return out;
  },
};
