// SE_BACKEND_NOT_LOCAL: a Standard Edition server's back end is always its own collocated SQL Express
// (topic: server-collocation-in-a-standard-edition-server-deployment).
import { SQL_EDITION_LABELS } from '../../domain/labels';
import { normalizeFqdn } from '../context';
import type { Finding, Rule } from '../types';

export const seBackendNotLocal: Rule = {
  id: 'SE_BACKEND_NOT_LOCAL',
  severity: 'error',
  wave: 1,
  title: 'A Standard Edition pool has a back end that is not its own SQL Express',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      if (ctx.role(pool.id) !== 'standard-edition') continue;
      const links = ctx.out(pool.id, 'backend');
      if (links.length === 0) continue;
      const own = new Set([pool.fqdn, ...ctx.servers(pool.id).map((s) => s.fqdn)].map(normalizeFqdn));
      for (const l of links) {
        const inst = ctx.sql(l.to);
        if (!inst) continue; // not a SQL instance: LINK_ENDPOINTS_INVALID
        const local = own.has(normalizeFqdn(inst.host));
        if (local && inst.edition === 'express') continue;
        out.push({
          rule: 'SE_BACKEND_NOT_LOCAL',
          severity: 'error',
          elements: [pool.id, inst.id, l.id],
          message: `Standard Edition server ${ctx.name(pool.id)} has its back end on ${ctx.name(inst.id)}, which is ${local ? `SQL Server ${SQL_EDITION_LABELS[inst.edition]} rather than Express` : 'another computer'}; a Standard Edition server's back end is always its own collocated SQL Express.`,
          fixes: [{
            label: 'Delete this back-end link (the SE server uses its own SQL Express)',
            command: { op: 'delete', ids: [l.id] },
          }],
        });
      }
    }
    return out;
  },
};
