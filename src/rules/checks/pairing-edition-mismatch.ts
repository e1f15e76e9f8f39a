// PAIRING_EDITION_MISMATCH: an Enterprise pool pairs only with an Enterprise pool, a Standard Edition
// server only with a Standard Edition server; Topology Builder does not block a mix, but it is unsupported
// (topic: supported-pool-pairing-options-and-best-practices).
import { registrarPairs } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const pairingEditionMismatch: Rule = {
  id: 'PAIRING_EDITION_MISMATCH',
  severity: 'error',
  wave: 1,
  title: 'An Enterprise pool is paired with a Standard Edition server',
  check(ctx) {
    const out: Finding[] = [];
    for (const { a, b, link } of registrarPairs(ctx)) {
      if (ctx.role(a) === ctx.role(b)) continue;
      const [ee, se] = ctx.role(a) === 'front-end' ? [a, b] : [b, a];
      out.push({
        rule: 'PAIRING_EDITION_MISMATCH',
        severity: 'error',
        elements: [ee, se, link.id],
        message: `Enterprise pool ${ctx.name(ee)} is paired with Standard Edition server ${ctx.name(se)}; Topology Builder allows it but it is unsupported: pair Enterprise pools with Enterprise pools and SE servers with SE servers.`,
        fixes: [{ label: 'Remove this pairing', command: { op: 'delete', ids: [link.id] } }],
      });
    }
    return out;
  },
};
