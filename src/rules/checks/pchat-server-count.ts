// PCHAT_SERVER_COUNT: a Persistent Chat pool has at most 8 servers, 4 active and 4 standby (topic:
// components-and-topologies-for-persistent-chat-server).
import type { Finding, Rule } from '../types';

const MAX_SERVERS = 8;

export const pchatServerCount: Rule = {
  id: 'PCHAT_SERVER_COUNT',
  severity: 'error',
  wave: 1,
  title: 'A Persistent Chat pool has more than 8 servers',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('persistent-chat')) {
      const n = ctx.servers(pool.id).length;
      if (n <= MAX_SERVERS) continue;
      out.push({
        rule: 'PCHAT_SERVER_COUNT',
        severity: 'error',
        elements: [pool.id],
        message: `Persistent Chat pool ${ctx.name(pool.id)} has ${n} servers; a pool holds at most ${MAX_SERVERS} (4 active and 4 standby).`,
      });
    }
    return out;
  },
};
