// PAIRING_SAME_SITE: for disaster recovery the two pools of a pair belong in two data centres, though small
// organisations often pair two SE servers in one site (topic: planning-for-front-end-pool-pairing).
import { registrarPairs } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const pairingSameSite: Rule = {
  id: 'PAIRING_SAME_SITE',
  severity: 'info',
  wave: 1,
  title: 'Paired pools are in the same site',
  check(ctx) {
    const out: Finding[] = [];
    for (const { a, b } of registrarPairs(ctx)) {
      const siteId = ctx.pool(a)!.siteId;
      if (siteId !== ctx.pool(b)!.siteId) continue;
      out.push({
        rule: 'PAIRING_SAME_SITE',
        severity: 'info',
        elements: [a, b],
        message: `Paired pools ${ctx.name(a)} and ${ctx.name(b)} are both in site ${ctx.name(siteId)}, so the pair gives no disaster recovery if that site is lost; small organisations often accept this, larger ones pair across two data centres.`,
      });
    }
    return out;
  },
};
