// SQL_INSTANCE_DUPLICATE_DATABASE: one SQL instance holds the back end (or Persistent Chat store, or
// compliance store) of one pool only; several pools may share one Monitoring or Archiving store
// (topic: server-collocation-in-an-enterprise-edition-front-end-pool-deployment).
import { STORE_LABELS, unique } from '../sql-helpers';
import type { Finding, Rule } from '../types';

const EXCLUSIVE = ['backend', 'persistent-chat-store', 'compliance-store'] as const;

export const sqlInstanceDuplicateDatabase: Rule = {
  id: 'SQL_INSTANCE_DUPLICATE_DATABASE',
  severity: 'error',
  wave: 1,
  title: 'One SQL instance is the back end, Persistent Chat or compliance store of two pools',
  check(ctx) {
    const out: Finding[] = [];
    for (const inst of ctx.design.sqlInstances) {
      for (const kind of EXCLUSIVE) {
        const pools = unique(ctx.in(inst.id, kind).map((l) => l.from)).filter((id) => ctx.pool(id));
        if (pools.length < 2) continue;
        out.push({
          rule: 'SQL_INSTANCE_DUPLICATE_DATABASE',
          severity: 'error',
          elements: [inst.id, ...pools],
          message: `SQL instance ${ctx.name(inst.id)} is the ${STORE_LABELS[kind]} store of ${pools.length} pools (${pools.map((p) => ctx.name(p)).join(', ')}); each pool needs its own instance for these databases, because their names would collide.`,
        });
      }
    }
    return out;
  },
};
