// FQDN_DUPLICATE: a pool FQDN names one pool, and a server FQDN one computer of a pool; servers of different
// pools with one FQDN are collocated roles, judged by the collocation rules (topic: dns-load-balancing).
import type { Pool } from '../../domain/elements/pool';
import type { Server } from '../../domain/elements/server';
import type { RuleContext } from '../context';
import { normalizeFqdn } from '../context';
import type { Finding, Rule } from '../types';
import { nameList } from '../service-helpers';

/**
 * Pools of one computer that carry its name, each of another role (e.g. Persistent Chat collocated on a
 * Standard Edition server, both pools named after the server): collocation, not a duplicate.
 */
function collocatedPoolsOfOneComputer(ctx: RuleContext, pools: readonly Pool[], fqdn: string): boolean {
  const roles = new Set<string>();
  for (const p of pools) {
    const servers = ctx.servers(p.id);
    if (servers.length !== 1 || normalizeFqdn(servers[0]!.fqdn) !== fqdn) return false;
    roles.add(servers[0]!.role);
  }
  return roles.size === pools.length;
}

function namesOwnServer(servers: readonly Server[], poolId: string): boolean {
  for (const s of servers) if (s.poolId === poolId) return true;
  return false;
}

export const fqdnDuplicate: Rule = {
  id: 'FQDN_DUPLICATE',
  severity: 'error',
  wave: 1,
  title: "Two pools share an FQDN, two servers of one pool share one, or a pool's FQDN names a server elsewhere",
  check(ctx) {
    const out: Finding[] = [];
    const push = (elements: string[], message: string) =>
      out.push({ rule: 'FQDN_DUPLICATE', severity: 'error', elements, message });

    const poolsByFqdn = new Map<string, Pool[]>();
    for (const pool of ctx.design.pools) {
      const key = normalizeFqdn(pool.fqdn);
      if (key === '') continue;
      const list = poolsByFqdn.get(key);
      if (list) list.push(pool);
      else poolsByFqdn.set(key, [pool]);
    }
    const byFqdn = ctx.serversByFqdn();
    for (const [fqdn, pools] of poolsByFqdn) {
      if (pools.length > 1 && !collocatedPoolsOfOneComputer(ctx, pools, fqdn)) {
        const ids = pools.map((p) => p.id);
        push(ids, `Pools ${nameList(ctx, ids)} share the pool FQDN ${fqdn}; each pool needs a DNS name of its own.`);
      }
      for (const pool of pools) {
        const named = byFqdn.get(fqdn);
        if (!named || namesOwnServer(named, pool.id)) continue; // its own computer: collocation
        const elsewhere = named.map((s) => s.id);
        push(
          [pool.id, ...elsewhere],
          `The FQDN ${fqdn} of pool ${ctx.name(pool.id)} is also the FQDN of ${elsewhere.length === 1 ? 'server' : 'servers'} ${nameList(ctx, elsewhere)} outside that pool, so DNS cannot tell the pool from that computer.`,
        );
      }
    }

    // Two servers of one pool with one FQDN: one computer counted twice.
    for (const servers of ctx.sharedFqdnGroups()) {
      const byPool = new Map<string, string[]>();
      for (const s of servers) {
        const list = byPool.get(s.poolId);
        if (list) list.push(s.id);
        else byPool.set(s.poolId, [s.id]);
      }
      for (const [poolId, ids] of byPool) {
        if (ids.length < 2) continue;
        push(
          [poolId, ...ids],
          `Servers ${nameList(ctx, ids)} of pool ${ctx.name(poolId)} share the FQDN ${servers[0]!.fqdn}; each server of a pool is a computer of its own.`,
        );
      }
    }
    return out;
  },
};
