// POOL_MIXED_ROLES: every computer of a pool runs the same server role (topic: server-roles).
import { ROLE_LABELS } from '../../domain/labels';
import type { Finding, Rule } from '../types';

export const poolMixedRoles: Rule = {
  id: 'POOL_MIXED_ROLES',
  severity: 'error',
  wave: 1,
  title: 'The servers of one pool do not all have the same role',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      if (ctx.role(pool.id) !== 'mixed') continue;
      const servers = ctx.servers(pool.id);
      const roles = [...new Set(servers.map((s) => ROLE_LABELS[s.role].label))];
      out.push({
        rule: 'POOL_MIXED_ROLES',
        severity: 'error',
        elements: [pool.id, ...servers.map((s) => s.id)],
        message: `Pool ${ctx.name(pool.id)} mixes ${roles.length} server roles (${roles.join(', ')}); every computer of a pool must run the same role.`,
      });
    }
    return out;
  },
};
