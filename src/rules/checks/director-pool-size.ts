// DIRECTOR_POOL_SIZE: a Director pool has at most 10 servers, and a single Director has no high availability
// (topic: hardware-and-software-requirements-for-the-director).
import type { Finding, Rule } from '../types';

const MAX_SERVERS = 10;

export const directorPoolSize: Rule = {
  id: 'DIRECTOR_POOL_SIZE',
  severity: 'error',
  wave: 1,
  title: 'A Director pool has more than 10 servers (error) or a single server (warning)',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('director')) {
      const n = ctx.servers(pool.id).length;
      if (n > MAX_SERVERS) {
        out.push({
          rule: 'DIRECTOR_POOL_SIZE',
          severity: 'error',
          elements: [pool.id],
          message: `Director pool ${ctx.name(pool.id)} has ${n} servers; a Director pool supports at most ${MAX_SERVERS}.`,
        });
      } else if (n === 1) {
        out.push({
          rule: 'DIRECTOR_POOL_SIZE',
          severity: 'warning',
          elements: [pool.id],
          message: `Director pool ${ctx.name(pool.id)} has 1 server, so sign-ins and external traffic routed through it stop when it does; a second server gives high availability.`,
        });
      }
    }
    return out;
  },
};
