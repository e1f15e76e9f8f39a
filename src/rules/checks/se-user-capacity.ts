// SE_USER_CAPACITY: a Standard Edition server carries at most 5,000 users, and one of a pair must carry both
// servers' users after a failover (topics: deployment-overview; capacity-planning-using-the-user-models).
import type { Finding, Rule } from '../types';
import { SE_MAX_USERS, exceedsCapacity, formatCount, pairingPartners, usersOf } from '../service-helpers';

/** Half of one server's 5,000: what a server of a pair of equal servers may home. */
const SE_ADVISED_USERS = 2_500;

export const seUserCapacity: Rule = {
  id: 'SE_USER_CAPACITY',
  severity: 'error',
  wave: 1,
  title: 'A Standard Edition server, or an SE pair, homes more than 5,000 users; one SE more than 2,500 (warning)',
  check(ctx) {
    const out: Finding[] = [];
    const se = ctx.poolsWithRole('standard-edition');
    const reported = new Set<string>();
    for (const pool of se) {
      const users = usersOf(pool);
      // One server's 5,000 is a hard limit; only the pair's sum is a planning figure with the shared 1%.
      if (users > SE_MAX_USERS) {
        reported.add(pool.id);
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
        // The same 1% as PAIRING_CAPACITY, so the two rules agree on whether the pair fits.
        if (usersOf(partner) > SE_MAX_USERS || !exceedsCapacity(both, SE_MAX_USERS)) continue;
        reported.add(pool.id).add(partnerId);
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
      if (!exceedsCapacity(users, SE_ADVISED_USERS) || reported.has(pool.id)) continue;
      // Say only what the numbers show: how much room is left for a partner's users.
      const partners = pairingPartners(ctx, pool.id).filter((id) => ctx.role(id) === 'standard-edition');
      const room = formatCount(SE_MAX_USERS - users);
      const message =
        partners.length === 0
          ? `Standard Edition server ${ctx.name(pool.id)} homes ${formatCount(users)} users, more than ${formatCount(SE_ADVISED_USERS)}; a server paired with it for disaster recovery could then home at most ${room} of its own, since after a failover one server carries both.`
          : `Standard Edition server ${ctx.name(pool.id)} homes ${formatCount(users)} users, more than ${formatCount(SE_ADVISED_USERS)}; its partner ${ctx.name(partners[0]!)} (${formatCount(usersOf(ctx.pool(partners[0]!)!))} users) may home at most ${room}, since after a failover one server carries both.`;
      out.push({ rule: 'SE_USER_CAPACITY', severity: 'warning', elements: [pool.id], message });
    }
    return out;
  },
};
