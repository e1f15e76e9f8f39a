// POOL_FQDN_IS_SERVER_FQDN: the FQDN of a pool of two or more servers resolves to all its members, so it is
// never the FQDN of one of them; only a pool of one shares its name with its computer
// (topics: dns-requirements-for-front-end-pool; dns-load-balancing).
import { normalizeFqdn } from '../context';
import { freshHostName } from '../fix-helpers';
import { hostLabel } from '../../domain/naming';
import type { Finding, Rule } from '../types';

export const poolFqdnIsServerFqdn: Rule = {
  id: 'POOL_FQDN_IS_SERVER_FQDN',
  severity: 'error',
  wave: 3,
  title: 'A pool of two or more servers has the FQDN of one of its own servers',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      const servers = ctx.servers(pool.id);
      const fqdn = normalizeFqdn(pool.fqdn);
      if (servers.length < 2 || fqdn === '') continue;
      const named = servers.filter((s) => normalizeFqdn(s.fqdn) === fqdn);
      if (named.length === 0) continue;
      const newName = freshHostName(ctx, `${hostLabel(pool.fqdn).replace(/\d+$/, '')}pool`, pool.fqdn);
      out.push({
        rule: 'POOL_FQDN_IS_SERVER_FQDN',
        severity: 'error',
        elements: [pool.id, ...named.map((s) => s.id)],
        message: `Pool ${ctx.name(pool.id)} has ${servers.length} servers but the FQDN "${pool.fqdn}" of its own server ${ctx.name(named[0]!.id)}; the pool FQDN must resolve to all of its servers, so it needs a name of its own.`,
        fixes: [
          {
            label: `Rename the pool to "${newName}"`,
            command: { op: 'update', id: pool.id, patch: { fqdn: newName } },
          },
        ],
      });
    }
    return out;
  },
};
