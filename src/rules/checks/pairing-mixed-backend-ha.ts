// PAIRING_MIXED_BACKEND_HA: two paired pools should protect their back ends the same way, not one mirrored
// and the other clustered (topic: back-end-server-high-availability).
import type { RuleContext } from '../context';
import { isClustered, isMirrored, registrarPairs } from '../sql-helpers';
import type { Finding, Rule } from '../types';

type Ha = 'mirror' | 'cluster';

function haOf(ctx: RuleContext, poolId: string): Set<Ha> {
  const modes = new Set<Ha>();
  for (const l of ctx.out(poolId, 'backend')) {
    const inst = ctx.sql(l.to);
    if (!inst) continue;
    if (isMirrored(ctx, inst.id)) modes.add('mirror');
    if (isClustered(inst)) modes.add('cluster');
  }
  return modes;
}

const WORD: Record<Ha, string> = { mirror: 'mirrored', cluster: 'clustered' };

export const pairingMixedBackendHa: Rule = {
  id: 'PAIRING_MIXED_BACKEND_HA',
  severity: 'warning',
  wave: 2,
  title: 'One paired pool’s back end is mirrored and the other’s clustered',
  check(ctx) {
    const out: Finding[] = [];
    for (const { a, b } of registrarPairs(ctx)) {
      if (!ctx.isFrontEndPool(a) || !ctx.isFrontEndPool(b)) continue;
      const ha = haOf(ctx, a);
      const hb = haOf(ctx, b);
      if (ha.size !== 1 || hb.size !== 1) continue;
      const [ma] = ha;
      const [mb] = hb;
      if (ma === mb) continue;
      out.push({
        rule: 'PAIRING_MIXED_BACKEND_HA',
        severity: 'warning',
        elements: [a, b],
        message: `Paired pools ${ctx.name(a)} and ${ctx.name(b)} protect their back ends differently (${WORD[ma!]} and ${WORD[mb!]}); paired pools should use the same back-end high-availability method.`,
      });
    }
    return out;
  },
};
