// PCHAT_CAPACITY: one Persistent Chat server carries 20,000 connected users, a pool has at most 4 active servers,
// and a deployment carries 80,000 concurrent users (topic: capacity-planning-for-persistent-chat-server).
import type { Finding, Rule } from '../types';
import { formatCount, nameList, plural, usersOf } from '../service-helpers';

const PER_SERVER = 20_000;
const MAX_ACTIVE = 4;
const OVERALL = 80_000;

export const pchatCapacity: Rule = {
  id: 'PCHAT_CAPACITY',
  severity: 'warning',
  wave: 2,
  title: 'Persistent Chat users exceed 20,000 per active server or 80,000 overall',
  check(ctx) {
    const out: Finding[] = [];
    const withUsers: string[] = [];
    let total = 0;
    for (const pool of ctx.poolsWithRole('persistent-chat')) {
      const users = usersOf(pool);
      if (users === 0) continue;
      withUsers.push(pool.id);
      total += users;
      // Which servers are standby is not drawn: count as many active as a pool may have.
      const active = Math.min(ctx.servers(pool.id).length, MAX_ACTIVE);
      if (users <= active * PER_SERVER) continue;
      out.push({
        rule: 'PCHAT_CAPACITY',
        severity: 'warning',
        elements: [pool.id],
        message: `Persistent Chat pool ${ctx.name(pool.id)} has ${formatCount(users)} users on ${plural(active, 'active server')}, more than the ${formatCount(active * PER_SERVER)} they carry at ${formatCount(PER_SERVER)} each.`,
      });
    }
    // A single pool over the overall limit is already reported above.
    if (withUsers.length > 1 && total > OVERALL) {
      out.push({
        rule: 'PCHAT_CAPACITY',
        severity: 'warning',
        elements: withUsers,
        message: `Persistent Chat pools ${nameList(ctx, withUsers)} have ${formatCount(total)} users together, more than the ${formatCount(OVERALL)} concurrent users Persistent Chat supports in one deployment.`,
      });
    }
    return out;
  },
};
