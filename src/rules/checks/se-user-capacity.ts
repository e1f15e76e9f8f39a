// SE_USER_CAPACITY: a Standard Edition server carries at most 5,000 users, and one of a pair must carry both
// servers' users after a failover (topics: deployment-overview; capacity-planning-using-the-user-models).
import type { Finding, Rule } from '../types';
import { SE_MAX_USERS, formatCount, pairingPartners, usersOf } from '../service-helpers';

const SE_ADVISED_USERS = 2_500;

export const seUserCapacity: Rule = {
  id: 'SE_USER_CAPACITY',
  severity: 'error',
  wave: 1,
  title: 'A Standard Edition server, or an SE pair, homes more than 5,000 users; one SE more than 2,500 (warning)',
  check(ctx) {
    const out: Finding[] = [];
    const se = ctx.poolsWithRole('standard-edition');
    const inOverloadedPair = new Set<string>();
    for (const pool of se) {
      const users = usersOf(pool);
      if (users > SE_MAX_USERS) {
        out.push({
          rule: 'SE_USER_CAPACITY',
          severity: 'error',
          elements: [pool.id],
          message: `Standard Edition server ${ctx.name(pool.id)} homes ${formatCount(users)} users, more than the ${formatCount(SE_MAX_USERS)} one Standard Edition server supports.`,
        });
        continue;
      }
      for (const partnerId of pairingPartners(ctx, pool.id)) {
        // Each pair once, and only when neither server is over the limit on its own (reported above).
        const partner = ctx.pool(partnerId);
        if (!partner || partnerId < pool.id || ctx.role(partnerId) !== 'standard-edition') continue;
        const both = users + usersOf(partner);
        if (usersOf(partner) > SE_MAX_USERS || both <= SE_MAX_USERS) continue;
        inOverloadedPair.add(pool.id).add(partnerId);
        out.push({
          rule: 'SE_USER_CAPACITY',
          severity: 'error',
          elements: [pool.id, partnerId],
          message: `Paired Standard Edition servers ${ctx.name(pool.id)} and ${ctx.name(partnerId)} home ${formatCount(both)} users together, more than the ${formatCount(SE_MAX_USERS)} either must carry alone after a failover.`,
        });
      }
    }
    for (const pool of se) {
      const users = usersOf(pool);
      if (users <= SE_ADVISED_USERS || users > SE_MAX_USERS || inOverloadedPair.has(pool.id)) continue;
      out.push({
        rule: 'SE_USER_CAPACITY',
        severity: 'warning',
        elements: [pool.id],
        message: `Standard Edition server ${ctx.name(pool.id)} homes ${formatCount(users)} users, more than ${formatCount(SE_ADVISED_USERS)}, so a paired server of the same size could not carry both servers' users after a failover.`,
      });
    }
    return out;
  },
};
