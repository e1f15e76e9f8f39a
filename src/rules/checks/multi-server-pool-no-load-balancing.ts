// MULTI_SERVER_POOL_NO_LOAD_BALANCING: a Front End, Director or Edge pool of several servers needs DNS or
// hardware load balancing, and web traffic of Front End and Director pools always a hardware balancer
// (topic: load-balancing-requirements).
import { ROLE_LABELS } from '../../domain/labels';
import { normalizeFqdn } from '../context';
import type { Finding, Rule } from '../types';

export const multiServerPoolNoLoadBalancing: Rule = {
  id: 'MULTI_SERVER_POOL_NO_LOAD_BALANCING',
  severity: 'error',
  wave: 1,
  title: 'A Front End, Director or Edge pool with several servers has no load balancing',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      const role = ctx.role(pool.id);
      if (role !== 'front-end' && role !== 'director' && role !== 'edge') continue;
      const n = ctx.servers(pool.id).length;
      if (n < 2 || (pool.loadBalancing ?? 'none') !== 'none') continue;
      // Edge: DNS load balancing. Front End / Director: the web services always need a hardware balancer;
      // add DNS balancing for SIP only when the internal web FQDN is already overridden (so no new finding).
      const web = pool.internalWebFqdn?.trim();
      const webOverridden = !!web && normalizeFqdn(web) !== normalizeFqdn(pool.fqdn);
      const mode = role === 'edge' ? 'dns' : webOverridden ? 'dns-and-hardware' : 'hardware';
      out.push({
        rule: 'MULTI_SERVER_POOL_NO_LOAD_BALANCING',
        severity: 'error',
        elements: [pool.id],
        message: `${ROLE_LABELS[role].label} pool ${ctx.name(pool.id)} has ${n} servers but no load balancing; a pool of more than one server needs DNS or hardware load balancing${role === 'edge' ? '' : ', and its web traffic always a hardware load balancer'}.`,
        fixes: [{
          label: `Use ${mode === 'dns' ? 'DNS' : mode === 'hardware' ? 'hardware' : 'DNS and hardware'} load balancing for ${ctx.name(pool.id)}`,
          command: { op: 'update', id: pool.id, patch: { loadBalancing: mode } },
        }],
      });
    }
    return out;
  },
};
