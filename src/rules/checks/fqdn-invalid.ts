// FQDN_INVALID: pool, server, SQL host, file store and gateway names are DNS names of letters, digits and
// hyphens; a gateway may instead be an IPv4 or IPv6 address (topic: define-your-edge-topology).
import type { Finding, Rule } from '../types';
import { fqdnProblem, isIPv4, isIPv6 } from '../fqdn-syntax';

export const fqdnInvalid: Rule = {
  id: 'FQDN_INVALID',
  severity: 'error',
  wave: 1,
  title: 'A pool, server, SQL host, file store or gateway FQDN is empty or not a valid DNS name',
  check(ctx) {
    const out: Finding[] = [];
    const judge = (id: string, what: string, value: string, address = false) => {
      const problem = fqdnProblem(value);
      if (!problem || (address && (isIPv4(value) || isIPv6(value)))) return;
      // An element known by this very value needs no second mention of its name.
      const owner = ctx.name(id) === `"${value}"` ? '' : ` of ${ctx.name(id)}`;
      out.push({
        rule: 'FQDN_INVALID',
        severity: 'error',
        elements: [id],
        message:
          problem === 'is empty'
            ? `The ${what} of ${ctx.name(id)} is empty; Lync finds every computer and service by its DNS name.`
            : `The ${what} "${value}"${owner} ${problem}; DNS names use only letters, digits and hyphens in dot-separated labels${address ? ', unless they are IP addresses' : ''}.`,
      });
    };
    for (const p of ctx.design.pools) {
      judge(p.id, 'pool FQDN', p.fqdn);
      // Web services FQDNs are optional: judged only when entered.
      if (p.internalWebFqdn) judge(p.id, 'internal web services FQDN', p.internalWebFqdn);
      if (p.externalWebFqdn) judge(p.id, 'external web services FQDN', p.externalWebFqdn);
    }
    for (const s of ctx.design.servers) judge(s.id, 'server FQDN', s.fqdn);
    for (const s of ctx.design.sqlInstances) judge(s.id, 'SQL host FQDN', s.host);
    for (const f of ctx.design.fileStores) judge(f.id, 'file server FQDN', f.host);
    for (const g of ctx.design.gateways) judge(g.id, 'gateway address', g.address, true);
    for (const r of ctx.design.reverseProxies) judge(r.id, 'reverse proxy FQDN', r.fqdn);
    return out;
  },
};
