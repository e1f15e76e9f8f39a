// PAIRING_CAPACITY: after a failover one pool carries the users of both, so together they may not exceed
// what one can carry: 80,000 for an Enterprise pool, 5,000 for a Standard Edition server
// (topic: planning-for-front-end-pool-pairing).
import { registrarPairs } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const ENTERPRISE_POOL_USERS = 80_000;
export const STANDARD_EDITION_USERS = 5_000;
/** Capacity figures are planning numbers: allow 1% over before warning. */
const TOLERANCE = 1.01;

export const pairingCapacity: Rule = {
  id: 'PAIRING_CAPACITY',
  severity: 'warning',
  wave: 1,
  title: 'The homed users of two paired pools exceed what one of them can carry alone',
  check(ctx) {
    const out: Finding[] = [];
    for (const { a, b } of registrarPairs(ctx)) {
      const role = ctx.role(a);
      if (role !== ctx.role(b)) continue; // an Enterprise/SE mix is PAIRING_EDITION_MISMATCH
      const limit = role === 'front-end' ? ENTERPRISE_POOL_USERS : STANDARD_EDITION_USERS;
      const total = (ctx.pool(a)!.users ?? 0) + (ctx.pool(b)!.users ?? 0);
      if (total <= limit * TOLERANCE) continue;
      out.push({
        rule: 'PAIRING_CAPACITY',
        severity: 'warning',
        elements: [a, b],
        message: `Paired pools ${ctx.name(a)} and ${ctx.name(b)} home ${total.toLocaleString('en-US')} users together, but after a failover one ${role === 'front-end' ? 'Enterprise pool' : 'Standard Edition server'} carries at most ${limit.toLocaleString('en-US')}.`,
      });
    }
    return out;
  },
};
