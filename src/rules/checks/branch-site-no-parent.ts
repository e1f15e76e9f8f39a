// BRANCH_SITE_NO_PARENT: a branch site is associated with exactly one central site (topic: sites).
import type { Finding, Rule } from '../types';

export const branchSiteNoParent: Rule = {
  id: 'BRANCH_SITE_NO_PARENT',
  severity: 'error',
  wave: 1,
  title: 'A branch site is not associated with exactly one central site',
  check(ctx) {
    const centrals = ctx.design.sites.filter((s) => s.kind === 'central');
    const only = centrals.length === 1 ? centrals[0] : undefined;
    const out: Finding[] = [];
    for (const site of ctx.design.sites) {
      if (site.kind !== 'branch') continue;
      const parent = ctx.site(site.centralSiteId);
      if (parent?.kind === 'central') continue;
      const why = !site.centralSiteId
        ? 'names no central site'
        : parent
          ? `names ${ctx.name(parent.id)}, which is not a central site`
          : `names "${site.centralSiteId}", which is not a site`;
      out.push({
        rule: 'BRANCH_SITE_NO_PARENT',
        severity: 'error',
        elements: parent && parent.id !== site.id ? [site.id, parent.id] : [site.id],
        message: `Branch site ${ctx.name(site.id)} ${why}; a branch must be associated with exactly one central site.`,
        ...(only && {
          fixes: [{
            label: `Associate ${ctx.name(site.id)} with central site ${ctx.name(only.id)}`,
            command: { op: 'update', id: site.id, patch: { centralSiteId: only.id } },
          }],
        }),
      });
    }
    return out;
  },
};
