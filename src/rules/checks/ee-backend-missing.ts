// EE_BACKEND_MISSING: an Enterprise Front End pool keeps its databases on a back-end SQL Server, so it
// needs a back-end store (topic: server-roles).
import { normalizeFqdn } from '../context';
import { isFullSqlEdition } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const eeBackendMissing: Rule = {
  id: 'EE_BACKEND_MISSING',
  severity: 'error',
  wave: 1,
  title: 'An Enterprise Front End pool has no back-end store link',
  check(ctx) {
    const out: Finding[] = [];
    // Offer a link when exactly one full SQL Server instance in the pool's site, not a mirror or witness,
    // sits on a host that holds no back end yet. Computed per site, once, and only when some pool lacks a back end.
    let candidatesBySite: Map<string, string[]> | undefined;
    const candidates = (siteId: string): string[] => {
      if (!candidatesBySite) {
        const busy = new Set<string>();
        for (const l of ctx.linksOfKind('backend')) {
          const i = ctx.sql(l.to);
          if (i) busy.add(normalizeFqdn(i.host));
        }
        candidatesBySite = new Map();
        for (const i of ctx.design.sqlInstances) {
          if (!isFullSqlEdition(i.edition) || busy.has(normalizeFqdn(i.host))) continue;
          // A mirror or witness of another instance is not a principal to point a pool at.
          if (ctx.in(i.id, 'mirror').length > 0 || ctx.in(i.id, 'witness').length > 0) continue;
          const list = candidatesBySite.get(i.siteId);
          if (list) list.push(i.id);
          else candidatesBySite.set(i.siteId, [i.id]);
        }
      }
      return candidatesBySite.get(siteId) ?? [];
    };
    for (const pool of ctx.design.pools) {
      if (!ctx.isFrontEndPool(pool.id) || ctx.out(pool.id, 'backend').length > 0) continue;
      const found = candidates(pool.siteId);
      const only = found.length === 1 ? found[0] : undefined;
      out.push({
        rule: 'EE_BACKEND_MISSING',
        severity: 'error',
        elements: [pool.id],
        message: `Enterprise pool ${ctx.name(pool.id)} has no back-end store; an Enterprise Front End pool keeps its user and conferencing data on a back-end SQL Server.`,
        ...(only && {
          fixes: [{
            label: `Use ${ctx.name(only)} as the back end of ${ctx.name(pool.id)}`,
            command: { op: 'link', kind: 'backend', from: pool.id, to: only },
          }],
        }),
      });
    }
    return out;
  },
};
