// EDGE_ASSOCIATION_MULTIPLE: a Front End pool or Standard Edition server is associated with one Edge pool for
// A/V and remote access (topic: define-your-edge-topology).
import type { Finding, Rule } from '../types';
import { nameList } from '../service-helpers';

export const edgeAssociationMultiple: Rule = {
  id: 'EDGE_ASSOCIATION_MULTIPLE',
  severity: 'error',
  wave: 1,
  title: 'A Front End pool or SE server is associated with more than one Edge pool',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      const links = ctx.out(pool.id, 'edge');
      if (links.length < 2 || !ctx.isRegistrarPool(pool.id)) continue;
      const edges = [...new Set(links.map((l) => l.to))].filter((id) => ctx.role(id) === 'edge');
      if (edges.length < 2) continue;
      out.push({
        rule: 'EDGE_ASSOCIATION_MULTIPLE',
        severity: 'error',
        elements: [pool.id, ...edges],
        message: `Pool ${ctx.name(pool.id)} is associated with ${edges.length} Edge pools (${nameList(ctx, edges)}); a Front End pool or Standard Edition server uses exactly one Edge pool for media and remote access.`,
      });
    }
    return out;
  },
};
