// DATABASE_COLLOCATION_DISCOURAGED: Archiving, Persistent Chat and compliance databases may share the
// Front End back-end SQL host but are better placed apart; Monitoring there is fine (info)
// (topic: server-collocation-in-an-enterprise-edition-front-end-pool-deployment).
import type { LinkKind } from '../../domain/elements/link';
import { STORE_LABELS, unique } from '../sql-helpers';
import type { Finding, Rule } from '../types';

const COLLOCATED: readonly LinkKind[] = ['monitoring-store', 'archiving-store', 'persistent-chat-store', 'compliance-store'];

export const databaseCollocationDiscouraged: Rule = {
  id: 'DATABASE_COLLOCATION_DISCOURAGED',
  severity: 'warning',
  wave: 1,
  title: 'Archiving, Persistent Chat or compliance stores share a SQL host with a Front End back end',
  check(ctx) {
    const out: Finding[] = [];
    for (const instances of ctx.sqlHosts().values()) {
      const backends = instances.filter((i) => ctx.in(i.id, 'backend').some((l) => ctx.isFrontEndPool(l.from)));
      if (backends.length === 0) continue;
      // Group the other stores on this host by the pool that keeps them there.
      const byPool = new Map<string, { kinds: LinkKind[]; insts: string[] }>();
      for (const i of instances) {
        for (const kind of COLLOCATED) {
          for (const l of ctx.in(i.id, kind)) {
            if (!ctx.pool(l.from)) continue;
            const entry = byPool.get(l.from) ?? { kinds: [], insts: [] };
            entry.kinds.push(kind);
            entry.insts.push(i.id);
            byPool.set(l.from, entry);
          }
        }
      }
      const host = instances[0]!.host;
      for (const [poolId, { kinds, insts }] of byPool) {
        const discouraged = kinds.some((k) => k !== 'monitoring-store');
        const labels = unique(kinds.map((k) => STORE_LABELS[k]!));
        const elements = unique([poolId, ...insts, ...backends.map((b) => b.id)]);
        out.push({
          rule: 'DATABASE_COLLOCATION_DISCOURAGED',
          severity: discouraged ? 'warning' : 'info',
          elements,
          message: discouraged
            ? `Pool ${ctx.name(poolId)} keeps its ${labels.join(' and ')} databases on SQL host "${host}", which also holds a Front End back end; this is supported but advised against, because they compete with the back end for the same server.`
            : `Pool ${ctx.name(poolId)} keeps its Monitoring database on SQL host "${host}", which also holds a Front End back end; this is allowed, but size that server for both.`,
        });
      }
    }
    return out;
  },
};
