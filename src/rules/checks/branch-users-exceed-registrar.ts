// BRANCH_USERS_EXCEED_REGISTRAR: a pool's capacity must include the users of the survivable branch
// appliances/servers it backs up: 6,660 per Front End server up to 80,000 for an Enterprise pool, 5,000 for
// a Standard Edition server (topic: capacity-planning-using-the-user-models).
import type { Finding, Rule } from '../types';
import { exceedsCapacity, formatCount, plural, registrarCapacity, usersOf } from '../service-helpers';

export const branchUsersExceedRegistrar: Rule = {
  id: 'BRANCH_USERS_EXCEED_REGISTRAR',
  severity: 'warning',
  wave: 2,
  title: 'A pool with the users of the branch appliances registering to it exceeds its capacity',
  check(ctx) {
    // Branch users per backup registrar, with the branch pools that bring them.
    const backed = new Map<string, { users: number; branches: Set<string> }>();
    for (const l of ctx.linksOfKind('registrar')) {
      const branch = ctx.pool(l.from);
      const role = ctx.role(l.from);
      if (!branch || (role !== 'survivable-branch-appliance' && role !== 'survivable-branch-server')) continue;
      if (usersOf(branch) === 0 || !ctx.isRegistrarPool(l.to)) continue;
      let entry = backed.get(l.to);
      if (!entry) backed.set(l.to, (entry = { users: 0, branches: new Set() }));
      if (entry.branches.has(branch.id)) continue;
      entry.branches.add(branch.id);
      entry.users += usersOf(branch);
    }
    const out: Finding[] = [];
    for (const [poolId, { users, branches }] of backed) {
      const pool = ctx.pool(poolId)!;
      const capacity = registrarCapacity(ctx, poolId);
      const total = usersOf(pool) + users;
      if (!exceedsCapacity(total, capacity)) continue;
      const carrier =
        ctx.role(poolId) === 'front-end'
          ? `the ${formatCount(capacity)} its ${plural(ctx.servers(poolId).length, 'Front End server')} carry`
          : `the ${formatCount(capacity)} a Standard Edition server carries`;
      out.push({
        rule: 'BRANCH_USERS_EXCEED_REGISTRAR',
        severity: 'warning',
        elements: [poolId, ...branches],
        message: `Pool ${ctx.name(poolId)} homes ${formatCount(usersOf(pool))} users and backs up ${formatCount(users)} branch users, ${formatCount(total)} in all, more than ${carrier} when the branches fail over to it.`,
      });
    }
    return out;
  },
};
