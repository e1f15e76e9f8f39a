// DNS_LB_WEB_FQDN_NOT_OVERRIDDEN: with DNS load balancing, a Front End or Director pool's internal web
// services FQDN must be overridden so HTTP traffic goes to the hardware balancer (topic: dns-load-balancing).
import { normalizeFqdn } from '../context';
import type { Finding, Rule } from '../types';

/** "pool1.contoso.com" -> "pool1web.contoso.com", the convention of the reference designs. */
function suggestWebFqdn(poolFqdn: string): string | undefined {
  const fqdn = poolFqdn.trim().replace(/\.$/, '');
  const dot = fqdn.indexOf('.');
  if (!fqdn || dot <= 0) return undefined;
  return `${fqdn.slice(0, dot)}web${fqdn.slice(dot)}`;
}

export const dnsLbWebFqdnNotOverridden: Rule = {
  id: 'DNS_LB_WEB_FQDN_NOT_OVERRIDDEN',
  severity: 'error',
  wave: 2,
  title: 'A DNS load-balanced Front End or Director pool does not override its internal web services FQDN',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      const role = ctx.role(pool.id);
      if (role !== 'front-end' && role !== 'director') continue;
      if (pool.loadBalancing !== 'dns' && pool.loadBalancing !== 'dns-and-hardware') continue;
      const web = pool.internalWebFqdn?.trim() ?? '';
      if (web !== '' && normalizeFqdn(web) !== normalizeFqdn(pool.fqdn)) continue;
      const suggestion = suggestWebFqdn(pool.fqdn);
      out.push({
        rule: 'DNS_LB_WEB_FQDN_NOT_OVERRIDDEN',
        severity: 'error',
        elements: [pool.id],
        message: `Pool ${ctx.name(pool.id)} uses DNS load balancing but its internal web services FQDN is ${web === '' ? 'missing' : 'the pool FQDN'}; it must be a different name that resolves to the hardware load balancer for HTTP traffic.`,
        ...(suggestion && {
          fixes: [{
            label: `Set the internal web services FQDN of ${ctx.name(pool.id)} to ${suggestion}`,
            command: { op: 'update', id: pool.id, patch: { internalWebFqdn: suggestion } },
          }],
        }),
      });
    }
    return out;
  },
};
