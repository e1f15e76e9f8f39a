// EE_POOL_USER_CAPACITY: an Enterprise Front End pool carries at most 80,000 users, about 6,660 per Front End
// server (topic: capacity-planning-using-the-user-models).
import type { Finding, Rule } from '../types';
import { EE_POOL_MAX_USERS, EE_USERS_PER_FRONT_END, exceedsCapacity, formatCount, plural, usersOf } from '../service-helpers';

export const eePoolUserCapacity: Rule = {
  id: 'EE_POOL_USER_CAPACITY',
  severity: 'error',
  wave: 1,
  title: 'An Enterprise pool homes more than 80,000 users (error) or more than 6,660 per Front End (warning)',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('front-end')) {
      const users = usersOf(pool);
      const n = ctx.servers(pool.id).length;
      if (users > EE_POOL_MAX_USERS) {
        out.push({
          rule: 'EE_POOL_USER_CAPACITY',
          severity: 'error',
          elements: [pool.id],
          message: `Enterprise pool ${ctx.name(pool.id)} homes ${formatCount(users)} users, more than the ${formatCount(EE_POOL_MAX_USERS)} one Front End pool supports; split them over several pools.`,
        });
      } else if (exceedsCapacity(users, EE_USERS_PER_FRONT_END * n)) {
        out.push({
          rule: 'EE_POOL_USER_CAPACITY',
          severity: 'warning',
          elements: [pool.id],
          message: `Enterprise pool ${ctx.name(pool.id)} homes ${formatCount(users)} users on ${plural(n, 'Front End server')}, more than the ${formatCount(EE_USERS_PER_FRONT_END)} per server it is sized for; add Front End servers.`,
        });
      }
    }
    return out;
  },
};
