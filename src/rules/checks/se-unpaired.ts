// SE_UNPAIRED: pairing is the only disaster recovery a Standard Edition server has (topic:
// supported-pool-pairing-options-and-best-practices).
import type { Finding, Rule } from '../types';
import { formatCount, pairingPartners, usersOf } from '../service-helpers';

export const seUnpaired: Rule = {
  id: 'SE_UNPAIRED',
  severity: 'info',
  wave: 1,
  title: 'A Standard Edition server with homed users is not paired',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('standard-edition')) {
      const users = usersOf(pool);
      if (users === 0 || pairingPartners(ctx, pool.id).length > 0) continue;
      out.push({
        rule: 'SE_UNPAIRED',
        severity: 'info',
        elements: [pool.id],
        message: `Standard Edition server ${ctx.name(pool.id)} homes ${formatCount(users)} users but is not paired; pairing with another server is the only disaster recovery Standard Edition has.`,
      });
    }
    return out;
  },
};
