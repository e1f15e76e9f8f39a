// SE_EXPRESS_FOREIGN_DATABASE: a Standard Edition server's SQL Express holds only its own databases, plus
// Persistent Chat stores when Persistent Chat is collocated on that same server
// (topic: server-collocation-in-a-standard-edition-server-deployment).
import { normalizeFqdn } from '../context';
import { isCollocatedChatStore, isOnStandardEditionServer, STORE_KINDS, STORE_LABELS } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const seExpressForeignDatabase: Rule = {
  id: 'SE_EXPRESS_FOREIGN_DATABASE',
  severity: 'error',
  wave: 1,
  title: 'A Standard Edition server’s SQL Express holds Monitoring, Archiving or another pool’s store',
  check(ctx) {
    const out: Finding[] = [];
    for (const inst of ctx.design.sqlInstances) {
      if (!isOnStandardEditionServer(ctx, inst)) continue;
      const host = normalizeFqdn(inst.host);
      const owners = new Set(
        (ctx.serversByFqdn().get(host) ?? []).filter((s) => s.role === 'standard-edition').map((s) => s.poolId),
      );
      for (const kind of STORE_KINDS) {
        for (const l of ctx.in(inst.id, kind)) {
          if (!ctx.pool(l.from)) continue;
          if (kind === 'backend' && owners.has(l.from)) continue;
          if (isCollocatedChatStore(ctx, l, inst)) continue;
          out.push({
            rule: 'SE_EXPRESS_FOREIGN_DATABASE',
            severity: 'error',
            elements: [inst.id, l.from, l.id],
            message: `Pool ${ctx.name(l.from)} keeps its ${STORE_LABELS[kind]} database on ${ctx.name(inst.id)}, the SQL Express of a Standard Edition server; that Express holds only the server's own databases (and Persistent Chat stores of a Persistent Chat server collocated on it).`,
          });
        }
      }
    }
    return out;
  },
};
