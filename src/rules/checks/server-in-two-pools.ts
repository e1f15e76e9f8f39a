// SERVER_IN_TWO_POOLS: a computer belongs to one pool of a role; different roles on one computer are
// collocation, judged by the collocation rules (topics: server-roles; supported-topologies).
import type { Server } from '../../domain/elements/server';
import { ROLE_LABELS } from '../../domain/labels';
import { hostLabel } from '../../domain/naming';
import { freshHostName } from '../fix-helpers';
import { nameList } from '../service-helpers';
import type { Finding, Rule } from '../types';

export const serverInTwoPools: Rule = {
  id: 'SERVER_IN_TWO_POOLS',
  severity: 'error',
  wave: 3,
  title: 'One server FQDN is a member of two pools of the same role',
  check(ctx) {
    const out: Finding[] = [];
    for (const servers of ctx.sharedFqdnGroups()) {
      const byRole = new Map<string, Server[]>();
      for (const s of servers) {
        const list = byRole.get(s.role);
        if (list) list.push(s);
        else byRole.set(s.role, [s]);
      }
      for (const [role, same] of byRole) {
        // The first server of each pool: two of one pool are FQDN_DUPLICATE's business.
        const firstPerPool = new Map<string, Server>();
        for (const s of same) if (!firstPerPool.has(s.poolId)) firstPerPool.set(s.poolId, s);
        if (firstPerPool.size < 2) continue;
        const members = [...firstPerPool.values()];
        const pools = members.map((s) => s.poolId);
        const [, ...extra] = members;
        const label = ROLE_LABELS[role as Server['role']].label;
        out.push({
          rule: 'SERVER_IN_TWO_POOLS',
          severity: 'error',
          elements: [...members.map((s) => s.id), ...pools],
          message: `Server "${servers[0]!.fqdn}" is a ${label} server of ${pools.length} pools (${nameList(ctx, pools)}); one computer belongs to one pool of a role.`,
          fixes: [
            {
              label: `Give the copy in ${nameList(ctx, extra.map((s) => s.poolId))} a name of its own`,
              command: {
                op: 'batch',
                commands: extra.map((s) => ({
                  op: 'update' as const,
                  id: s.id,
                  patch: { fqdn: freshHostName(ctx, hostLabel(s.fqdn).replace(/\d+$/, ''), s.fqdn) },
                })),
              },
            },
            {
              label: `Remove it from ${nameList(ctx, extra.map((s) => s.poolId))}`,
              command: { op: 'delete', ids: extra.map((s) => s.id) },
            },
          ],
        });
      }
    }
    return out;
  },
};
