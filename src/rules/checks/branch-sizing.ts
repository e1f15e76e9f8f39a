// BRANCH_SIZING: a survivable branch appliance suits 25-1,000 users (two of them up to 2,000), a survivable
// branch server 1,000-5,000, and a larger branch is a central site (topic: branch-site-resiliency-solutions).
// The docs give the server's upper bound as 5,000 and elsewhere as 2,000, so this only warns.
import type { ServerRole } from '../../domain/elements/server';
import type { DesignCommand } from '../../domain/design-command';
import type { RuleContext } from '../context';
import type { Finding, Fix, Rule } from '../types';
import { formatCount, usersOf } from '../service-helpers';

const APPLIANCE_MIN = 25;
const APPLIANCE_MAX = 1_000;
const SERVER_MIN = 1_000;
const BRANCH_MAX = 5_000;

interface Branch {
  appliances: string[];
  servers: string[];
  users: number;
}

/** Convert the one survivable pool of a branch to the other kind (appliance <-> server). */
function convert(ctx: RuleContext, poolId: string, role: ServerRole, label: string): Fix {
  const commands: DesignCommand[] = ctx.servers(poolId).map((s) => ({ op: 'update', id: s.id, patch: { role } }));
  return { label: `Make ${ctx.name(poolId)} a ${label}`, command: { op: 'batch', commands } };
}

export const branchSizing: Rule = {
  id: 'BRANCH_SIZING',
  severity: 'warning',
  wave: 1,
  title: "A branch's users do not fit its resiliency option",
  check(ctx) {
    const branches = new Map<string, Branch>();
    for (const role of ['survivable-branch-appliance', 'survivable-branch-server'] as const) {
      for (const pool of ctx.poolsWithRole(role)) {
        if (ctx.site(pool.siteId)?.kind !== 'branch') continue;
        let b = branches.get(pool.siteId);
        if (!b) branches.set(pool.siteId, (b = { appliances: [], servers: [], users: 0 }));
        (role === 'survivable-branch-appliance' ? b.appliances : b.servers).push(pool.id);
        b.users += usersOf(pool);
      }
    }
    const out: Finding[] = [];
    for (const [siteId, { appliances, servers, users }] of branches) {
      // No users entered yet: nothing to size.
      if (users === 0) continue;
      const site = () => ctx.name(siteId);
      const n = () => formatCount(users);
      let message: string | undefined;
      let fix: Fix | undefined;
      if (users > BRANCH_MAX) {
        message = `Branch site ${site()} has ${n()} users, more than the ${formatCount(BRANCH_MAX)} a branch resiliency option serves; a site that large should be a central site with its own pool.`;
      } else if (servers.length > 0) {
        if (users < SERVER_MIN) {
          message = `Branch site ${site()} has ${n()} users on a survivable branch server, which suits ${formatCount(SERVER_MIN)} to ${formatCount(BRANCH_MAX)} users; a survivable branch appliance suits fewer.`;
          if (users >= APPLIANCE_MIN && servers.length === 1 && appliances.length === 0) {
            fix = convert(ctx, servers[0]!, 'survivable-branch-appliance', 'survivable branch appliance');
          }
        }
      } else {
        const max = APPLIANCE_MAX * Math.min(appliances.length, 2);
        if (users < APPLIANCE_MIN) {
          message = `Branch site ${site()} has ${n()} users, fewer than the ${APPLIANCE_MIN} for which a survivable branch appliance pays off; a gateway and the WAN may be enough.`;
        } else if (users > max) {
          message = `Branch site ${site()} has ${n()} users on ${appliances.length === 1 ? 'one survivable branch appliance, which suits' : 'survivable branch appliances, which suit'} at most ${formatCount(max)}; a survivable branch server suits ${formatCount(SERVER_MIN)} to ${formatCount(BRANCH_MAX)}.`;
          if (appliances.length === 1) fix = convert(ctx, appliances[0]!, 'survivable-branch-server', 'survivable branch server');
        }
      }
      if (!message) continue;
      out.push({
        rule: 'BRANCH_SIZING',
        severity: 'warning',
        elements: [siteId, ...appliances, ...servers],
        message,
        ...(fix && { fix }),
      });
    }
    return out;
  },
};
