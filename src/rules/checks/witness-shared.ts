// WITNESS_SHARED: one witness serving several mirror pairs is a shared point of failure for automatic
// failover (topic: back-end-server-high-availability).
import { mirrorsOf, unique } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const witnessShared: Rule = {
  id: 'WITNESS_SHARED',
  severity: 'info',
  wave: 2,
  title: 'One witness serves several mirror pairs',
  check(ctx) {
    const out: Finding[] = [];
    for (const inst of ctx.design.sqlInstances) {
      const principals = unique(ctx.in(inst.id, 'witness').map((l) => l.from)).filter(
        (p) => p !== inst.id && ctx.sql(p) && mirrorsOf(ctx, p).length > 0,
      );
      if (principals.length < 2) continue;
      out.push({
        rule: 'WITNESS_SHARED',
        severity: 'info',
        elements: [inst.id, ...principals],
        message: `SQL instance ${ctx.name(inst.id)} is the witness of ${principals.length} mirror pairs (${principals.map((p) => ctx.name(p)).join(', ')}); if it fails, none of them can fail over automatically.`,
      });
    }
    return out;
  },
};
