// TOPOLOGY_NO_CENTRAL_SITE: a Lync 2013 deployment needs at least one central site, the data centre that
// holds its pools (topics: supported-topologies; sites).
import type { Rule } from '../types';

export const topologyNoCentralSite: Rule = {
  id: 'TOPOLOGY_NO_CENTRAL_SITE',
  severity: 'error',
  wave: 1,
  title: 'The design has no central site',
  check(ctx) {
    const { sites } = ctx.design;
    // A blank design is not judged yet (like CMS_MISSING); any site without a central one is.
    if (sites.length === 0 || sites.some((s) => s.kind === 'central')) return [];
    const first = sites[0]!;
    return [
      {
        rule: 'TOPOLOGY_NO_CENTRAL_SITE',
        severity: 'error',
        elements: sites.map((s) => s.id),
        message: `The design has ${sites.length} branch site${sites.length === 1 ? '' : 's'} and no central site; a Lync deployment needs at least one central site to hold its pools.`,
        fixes: [{
          label: `Make ${ctx.name(first.id)} a central site`,
          command: { op: 'update', id: first.id, patch: { kind: 'central', centralSiteId: undefined } },
        }],
      },
    ];
  },
};
