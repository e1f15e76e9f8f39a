// FILE_STORE_MISSING: Enterprise Front End, Director and Persistent Chat pools need a file store; a Standard
// Edition server may use its own share (topic: add-front-end-file-store, Topology Builder help).
import type { FileStore } from '../../domain/elements/file-store';
import { normalizeFqdn } from '../context';
import type { Finding, Rule } from '../types';
import { linkFix, sole } from '../service-helpers';

const NEEDS_FILE_STORE = new Set(['front-end', 'director', 'persistent-chat']);

export const fileStoreMissing: Rule = {
  id: 'FILE_STORE_MISSING',
  severity: 'error',
  wave: 1,
  title: 'An Enterprise Front End, Director or Persistent Chat pool has no file store',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.design.pools) {
      if (!NEEDS_FILE_STORE.has(ctx.role(pool.id)) || ctx.out(pool.id, 'file-store').length > 0) continue;
      // The obvious store is the only one in the pool's own site that is not on a Front End server.
      const fqdns = ctx.serversByFqdn();
      const candidates = (ctx.index.children.get(pool.siteId) ?? []).filter(
        (e): e is FileStore =>
          ctx.index.byId.get(e.id)?.collection === 'fileStores' &&
          !(fqdns.get(normalizeFqdn((e as FileStore).host)) ?? []).some((s) => s.role === 'front-end'),
      );
      const store = sole(candidates);
      out.push({
        rule: 'FILE_STORE_MISSING',
        severity: 'error',
        elements: [pool.id],
        message: `Pool ${ctx.name(pool.id)} has no file store; Enterprise Front End, Director and Persistent Chat pools keep their shared files on a file share.`,
        ...(store && { fixes: [linkFix(ctx, 'file-store', pool.id, store.id, 'file store')] }),
      });
    }
    return out;
  },
};
