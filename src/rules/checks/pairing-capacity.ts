// PAIRING_CAPACITY: after a failover one pool carries the users of both, so together they may not exceed
// what the smaller one can carry: 6,660 per Front End up to 80,000 for an Enterprise pool, 5,000 for a
// Standard Edition server (topic: planning-for-front-end-pool-pairing).
import { registrarPairs } from '../sql-helpers';
import { exceedsCapacity, formatCount, plural, registrarCapacity, usersOf } from '../service-helpers';
import type { Finding, Rule } from '../types';

export const pairingCapacity: Rule = {
  id: 'PAIRING_CAPACITY',
  severity: 'warning',
  wave: 1,
  title: 'The homed users of two paired pools exceed what the smaller of them can carry alone',
  check(ctx) {
    const out: Finding[] = [];
    for (const { a, b } of registrarPairs(ctx)) {
      const role = ctx.role(a);
      if (role !== ctx.role(b)) continue; // an Enterprise/SE mix is PAIRING_EDITION_MISMATCH
      const total = usersOf(ctx.pool(a)!) + usersOf(ctx.pool(b)!);
      // The pool that can carry less decides: each pool of a pair must carry both after a failover.
      const [small, limit] = [a, b]
        .map((id) => [id, registrarCapacity(ctx, id)] as const)
        .reduce((x, y) => (y[1] < x[1] ? y : x));
      if (!exceedsCapacity(total, limit)) continue;
      const carrier =
        role === 'front-end'
          ? `${ctx.name(small)}, with ${plural(ctx.servers(small).length, 'Front End server')}, carries about ${formatCount(limit)}`
          : `one Standard Edition server carries at most ${formatCount(limit)}`;
      out.push({
        rule: 'PAIRING_CAPACITY',
        severity: 'warning',
        elements: [a, b],
        message: `Paired pools ${ctx.name(a)} and ${ctx.name(b)} home ${formatCount(total)} users together, but after a failover ${carrier}.`,
      });
    }
    return out;
  },
};
