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

/** What to say about a branch whose users do not fit its option, or undefined when they fit. */
function advice(ctx: RuleContext, siteId: string, b: Branch): { message: string; fixes?: Fix[] } | undefined {
  const { appliances, servers, users } = b;
  const onServer = servers.length > 0;
  const min = onServer ? SERVER_MIN : APPLIANCE_MIN;
  const max = onServer ? BRANCH_MAX : APPLIANCE_MAX * Math.min(appliances.length, 2);
  // No users entered yet: nothing to size.
  if (users === 0 || (users >= min && users <= max)) return undefined;
  const site = ctx.name(siteId);
  const n = formatCount(users);
  if (users > BRANCH_MAX) {
    return {
      message: `Branch site ${site} has ${n} users, more than the ${formatCount(BRANCH_MAX)} a branch resiliency option serves; a site that large should be a central site with its own pool.`,
    };
  }
  if (onServer) {
    const single = users >= APPLIANCE_MIN && servers.length === 1 && appliances.length === 0;
    return {
      message: `Branch site ${site} has ${n} users on a survivable branch server, which suits ${formatCount(SERVER_MIN)} to ${formatCount(BRANCH_MAX)} users; a survivable branch appliance suits fewer.`,
      ...(single && { fixes: [convert(ctx, servers[0]!, 'survivable-branch-appliance', 'survivable branch appliance')] }),
    };
  }
  if (users < APPLIANCE_MIN) {
    return {
      message: `Branch site ${site} has ${n} users, fewer than the ${APPLIANCE_MIN} for which a survivable branch appliance pays off; a gateway and the WAN may be enough.`,
    };
  }
  const one = appliances.length === 1;
  return {
    message: `Branch site ${site} has ${n} users on ${one ? 'one survivable branch appliance, which suits' : 'survivable branch appliances, which suit'} at most ${formatCount(max)}; a survivable branch server suits ${formatCount(SERVER_MIN)} to ${formatCount(BRANCH_MAX)}.`,
    ...(one && { fixes: [convert(ctx, appliances[0]!, 'survivable-branch-server', 'survivable branch server')] }),
  };
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
    for (const [siteId, branch] of branches) {
      const found = advice(ctx, siteId, branch);
      if (!found) continue;
      out.push({
        rule: 'BRANCH_SIZING',
        severity: 'warning',
        elements: [siteId, ...branch.appliances, ...branch.servers],
        message: found.message,
        ...(found.fixes && { fixes: found.fixes }),
      });
    }
    return out;
  },
};
