// PCHAT_COMPLIANCE_STORE_MISSING: Persistent Chat compliance keeps its record in a compliance database, so a
// Persistent Chat pool with compliance on needs a compliance store (topic:
// add-persistent-chat-server-to-the-topology).
import type { Finding, Fix, Rule } from '../types';
import { hasFeature, linkFix } from '../service-helpers';

export const pchatComplianceStoreMissing: Rule = {
  id: 'PCHAT_COMPLIANCE_STORE_MISSING',
  severity: 'error',
  wave: 3,
  title: 'A Persistent Chat pool with compliance enabled has no compliance store',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.poolsWithRole('persistent-chat')) {
      if (!hasFeature(pool, 'persistentChatCompliance')) continue;
      if (ctx.out(pool.id, 'compliance-store').some((l) => ctx.sql(l.to))) continue;
      const chatStore = ctx.out(pool.id, 'persistent-chat-store').find((l) => ctx.sql(l.to))?.to;
      const fixes: Fix[] = [];
      // The pool's own chat store instance may hold the compliance database too (different kinds share).
      if (chatStore) fixes.push(linkFix(ctx, 'compliance-store', pool.id, chatStore, 'compliance store'));
      fixes.push({
        label: `Turn compliance off for ${ctx.name(pool.id)}`,
        command: { op: 'update', id: pool.id, patch: { features: { ...pool.features, persistentChatCompliance: false } } },
      });
      out.push({
        rule: 'PCHAT_COMPLIANCE_STORE_MISSING',
        severity: 'error',
        elements: [pool.id],
        message: `Persistent Chat pool ${ctx.name(pool.id)} has compliance turned on but no compliance store; the compliance record lives in a SQL Server database of its own.`,
        fixes,
      });
    }
    return out;
  },
};
