// MIRROR_NO_WITNESS: without a witness a mirrored back end fails over manually only
// (topic: back-end-server-high-availability).
import { mirrorsOf } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const mirrorNoWitness: Rule = {
  id: 'MIRROR_NO_WITNESS',
  severity: 'warning',
  wave: 1,
  title: 'A mirrored back end has no witness',
  check(ctx) {
    const out: Finding[] = [];
    for (const inst of ctx.design.sqlInstances) {
      const mirrors = mirrorsOf(ctx, inst.id);
      if (mirrors.length === 0) continue;
      const pools = ctx.in(inst.id, 'backend').filter((l) => ctx.pool(l.from)).map((l) => l.from);
      if (pools.length === 0) continue;
      if (ctx.out(inst.id, 'witness').some((l) => l.to !== inst.id)) continue;
      out.push({
        rule: 'MIRROR_NO_WITNESS',
        severity: 'warning',
        elements: [inst.id, mirrors[0]!.to, ...new Set(pools)],
        message: `Back end ${ctx.name(inst.id)} is mirrored to ${ctx.name(mirrors[0]!.to)} but has no witness, so failover to the mirror is manual only; add a witness for automatic failover.`,
      });
    }
    return out;
  },
};
