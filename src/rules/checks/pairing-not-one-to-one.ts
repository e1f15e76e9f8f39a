// PAIRING_NOT_ONE_TO_ONE: backup pairing is one-to-one between two different Front End pools or Standard
// Edition servers (topic: backup-registrar-relationships).
import { ROLE_LABELS } from '../../domain/labels';
import { registrarPairs } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const pairingNotOneToOne: Rule = {
  id: 'PAIRING_NOT_ONE_TO_ONE',
  severity: 'error',
  wave: 1,
  title: 'A pool is paired with more than one pool, with itself, or is not a Front End pool',
  check(ctx) {
    const out: Finding[] = [];
    for (const l of ctx.linksOfKind('pairing')) {
      if (!ctx.pool(l.from) || !ctx.pool(l.to)) continue; // not pools: LINK_ENDPOINTS_INVALID
      if (l.from === l.to) {
        out.push({
          rule: 'PAIRING_NOT_ONE_TO_ONE',
          severity: 'error',
          elements: [l.from, l.id],
          message: `Pool ${ctx.name(l.from)} is paired with itself; a backup pairing joins two different pools.`,
          fixes: [{ label: 'Delete this pairing', command: { op: 'delete', ids: [l.id] } }],
        });
        continue;
      }
      // The end that is neither a Front End pool nor an SE server (empty and mixed pools are not judged).
      const bad = [l.from, l.to].find((id) => {
        const r = ctx.role(id);
        return r !== 'front-end' && r !== 'standard-edition' && r !== 'empty' && r !== 'mixed';
      });
      if (!bad) continue;
      const role = ctx.role(bad);
      out.push({
        rule: 'PAIRING_NOT_ONE_TO_ONE',
        severity: 'error',
        elements: [bad, bad === l.from ? l.to : l.from, l.id],
        message: `${role === 'empty' || role === 'mixed' ? 'Pool' : `${ROLE_LABELS[role].label} pool`} ${ctx.name(bad)} is paired, but only Front End pools and Standard Edition servers are paired for disaster recovery.`,
        fixes: [{ label: 'Delete this pairing', command: { op: 'delete', ids: [l.id] } }],
      });
    }
    const partners = new Map<string, string[]>();
    const add = (pool: string, partner: string) => {
      const list = partners.get(pool);
      if (list) list.push(partner);
      else partners.set(pool, [partner]);
    };
    for (const { a, b } of registrarPairs(ctx)) {
      add(a, b);
      add(b, a);
    }
    for (const pool of ctx.design.pools) {
      const list = partners.get(pool.id);
      if (!list || list.length < 2) continue;
      out.push({
        rule: 'PAIRING_NOT_ONE_TO_ONE',
        severity: 'error',
        elements: [pool.id, ...list],
        message: `Pool ${ctx.name(pool.id)} is paired with ${list.length} pools (${list.map((p) => ctx.name(p)).join(', ')}); a pool has exactly one backup pool.`,
      });
    }
    return out;
  },
};
