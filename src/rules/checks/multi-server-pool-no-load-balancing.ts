// MULTI_SERVER_POOL_NO_LOAD_BALANCING: a Front End, Director or Edge pool of several servers needs DNS or
// hardware load balancing, and web traffic of Front End and Director pools always a hardware balancer
// (topic: load-balancing-requirements).
import { ROLE_LABELS } from '../../domain/labels';
import { normalizeFqdn } from '../context';
import type { Finding, Rule } from '../types';

const MODE_TEXT = { dns: 'DNS', hardware: 'hardware', 'dns-and-hardware': 'DNS and hardware' } as const;

export const multiServerPoolNoLoadBalancing: Rule = {
  id: 'MULTI_SERVER_POOL_NO_LOAD_BALANCING',
  severity: 'error',
  wave: 1,
  title: 'A Front End, Director or Edge pool with several servers has no load balancing, or a Front End or Director pool DNS only',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      const role = ctx.role(pool.id);
      if (role !== 'front-end' && role !== 'director' && role !== 'edge') continue;
      const n = ctx.servers(pool.id).length;
      const lb = pool.loadBalancing ?? 'none';
      if (n < 2) continue;
      // Edge: DNS load balancing is enough. Front End / Director: the web services always need a hardware
      // balancer, so DNS alone is not enough either.
      const dnsOnly = lb === 'dns' && role !== 'edge';
      if (lb !== 'none' && !dnsOnly) continue;
      // From none: add DNS balancing for SIP only when the internal web FQDN is already overridden (so no new
      // DNS_LB_WEB_FQDN_NOT_OVERRIDDEN); from DNS only: keep DNS and add the hardware balancer.
      const web = pool.internalWebFqdn?.trim();
      const webOverridden = !!web && normalizeFqdn(web) !== normalizeFqdn(pool.fqdn);
      const mode = role === 'edge' ? 'dns' : dnsOnly || webOverridden ? 'dns-and-hardware' : 'hardware';
      const label = ROLE_LABELS[role].label;
      out.push({
        rule: 'MULTI_SERVER_POOL_NO_LOAD_BALANCING',
        severity: 'error',
        elements: [pool.id],
        message: dnsOnly
          ? `${label} pool ${ctx.name(pool.id)} has ${n} servers and DNS load balancing only; DNS balances its SIP traffic, but its web traffic always needs a hardware load balancer.`
          : `${label} pool ${ctx.name(pool.id)} has ${n} servers but no load balancing; a pool of more than one server needs DNS or hardware load balancing${role === 'edge' ? '' : ', and its web traffic always a hardware load balancer'}.`,
        fixes: [
          {
            label: `Use ${MODE_TEXT[mode]} load balancing for ${ctx.name(pool.id)}`,
            command: { op: 'update', id: pool.id, patch: { loadBalancing: mode } },
          },
        ],
      });
    }
    return out;
  },
};
