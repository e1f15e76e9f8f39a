// EDGE_POOL_SIZE: an Edge pool has at most 12 servers, and a single Edge server has no high availability;
// one Edge server carries about 12,000 concurrent remote users (topic: choosing-a-topology).
import type { Finding, Rule } from '../types';

const MAX_SERVERS = 12;

export const edgePoolSize: Rule = {
  id: 'EDGE_POOL_SIZE',
  severity: 'error',
  wave: 1,
  title: 'An Edge pool has more than 12 servers (error) or a single server (warning)',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('edge')) {
      const n = ctx.servers(pool.id).length;
      if (n > MAX_SERVERS) {
        out.push({
          rule: 'EDGE_POOL_SIZE',
          severity: 'error',
          elements: [pool.id],
          message: `Edge pool ${ctx.name(pool.id)} has ${n} servers; an Edge pool supports at most ${MAX_SERVERS}.`,
        });
      } else if (n === 1) {
        out.push({
          rule: 'EDGE_POOL_SIZE',
          severity: 'warning',
          elements: [pool.id],
          message: `Edge pool ${ctx.name(pool.id)} has 1 server, so remote access, federation and external media stop when it does; a second server gives high availability.`,
        });
      }
    }
    return out;
  },
};
