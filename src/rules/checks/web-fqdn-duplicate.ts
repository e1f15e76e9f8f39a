// WEB_FQDN_DUPLICATE: each pool publishes its own web services, so its internal and external web services
// FQDNs name no other pool and no other pool's web services; a Director's external web FQDN differs from
// every Front End pool's (topics: dns-load-balancing; certificate-requirements-for-internal-servers).
import type { DesignCommand } from '../../domain/design-command';
import { hostLabel } from '../../domain/naming';
import { normalizeFqdn } from '../context';
import { freshHostName } from '../fix-helpers';
import { nameList } from '../service-helpers';
import type { Finding, Rule } from '../types';

type WebField = 'internalWebFqdn' | 'externalWebFqdn';
const FIELDS: readonly WebField[] = ['internalWebFqdn', 'externalWebFqdn'];

interface Use {
  poolId: string;
  /** Undefined: the name is this pool's own FQDN. */
  field?: WebField;
}

export const webFqdnDuplicate: Rule = {
  id: 'WEB_FQDN_DUPLICATE',
  severity: 'error',
  wave: 3,
  title: "A pool's web services FQDN is another pool's web services FQDN or pool FQDN",
  check(ctx) {
    const uses = new Map<string, Use[]>();
    const add = (name: string | undefined, use: Use) => {
      const key = name === undefined ? '' : normalizeFqdn(name);
      if (key === '') return;
      const list = uses.get(key);
      if (list) list.push(use);
      else uses.set(key, [use]);
    };
    for (const p of ctx.design.pools) {
      add(p.fqdn, { poolId: p.id });
      for (const field of FIELDS) add(p[field], { poolId: p.id, field });
    }
    const out: Finding[] = [];
    for (const [name, list] of uses) {
      const pools = [...new Set(list.map((u) => u.poolId))];
      const web = list.filter((u) => u.field);
      // Two pools sharing a pool FQDN is FQDN_DUPLICATE's business; one pool reusing its own name is not ours.
      if (pools.length < 2 || web.length === 0) continue;
      // The pool that owns the name keeps it (else the first to publish it); the others get names of their own.
      const keeper = list.find((u) => !u.field)?.poolId ?? web[0]!.poolId;
      const renames: DesignCommand[] = web
        .filter((u) => u.poolId !== keeper)
        .map((u) => ({
          op: 'update',
          id: u.poolId,
          patch: { [u.field!]: freshHostName(ctx, `${hostLabel(ctx.pool(u.poolId)!.fqdn)}${u.field === 'internalWebFqdn' ? 'web' : 'ext'}`, name) },
        }));
      const ordered = [...pools.filter((p) => p !== keeper), keeper];
      out.push({
        rule: 'WEB_FQDN_DUPLICATE',
        severity: 'error',
        elements: ordered,
        message: `Pools ${nameList(ctx, ordered)} both use "${name}" for ${list.some((u) => !u.field) ? 'a pool FQDN and web services' : 'their web services'}; each pool publishes its own web services under a name of its own.`,
        fixes: [
          {
            label: `Give the web services of ${nameList(ctx, ordered.slice(0, -1))} names of their own`,
            command: renames.length === 1 ? renames[0]! : { op: 'batch', commands: renames },
          },
        ],
      });
    }
    return out;
  },
};
