// SE_POOLED: a Standard Edition server cannot be pooled; high availability needs an Enterprise pool
// (topics: deployment-overview; server-roles).
import type { Finding, Rule } from '../types';

export const sePooled: Rule = {
  id: 'SE_POOLED',
  severity: 'error',
  wave: 1,
  title: 'A pool holding a Standard Edition server holds any other server',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      const servers = ctx.servers(pool.id);
      if (servers.length < 2 || !servers.some((s) => s.role === 'standard-edition')) continue;
      const onlySe = servers.every((s) => s.role === 'standard-edition');
      out.push({
        rule: 'SE_POOLED',
        severity: 'error',
        elements: [pool.id, ...servers.map((s) => s.id)],
        message: `Pool ${ctx.name(pool.id)} holds ${servers.length} servers, but a Standard Edition server cannot be pooled; use an Enterprise Edition Front End pool for high availability.`,
        ...(onlySe && {
          fixes: [{
            label: `Convert ${ctx.name(pool.id)} to an Enterprise Edition Front End pool`,
            command: {
              op: 'batch',
              commands: servers.map((s) => ({ op: 'update' as const, id: s.id, patch: { role: 'front-end' } })),
            },
          }],
        }),
      });
    }
    return out;
  },
};
