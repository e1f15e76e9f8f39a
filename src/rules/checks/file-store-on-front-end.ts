// FILE_STORE_ON_FRONT_END: a file store must not be hosted on an Enterprise Front End server; a Standard
// Edition server may host its own share (topic: file-storage-support).
import { normalizeFqdn } from '../context';
import type { Finding, Rule } from '../types';

export const fileStoreOnFrontEnd: Rule = {
  id: 'FILE_STORE_ON_FRONT_END',
  severity: 'error',
  wave: 1,
  title: "A file store's host is an Enterprise Front End server",
  check(ctx) {
    const out: Finding[] = [];
    const byFqdn = ctx.serversByFqdn();
    for (const store of ctx.design.fileStores) {
      const host = normalizeFqdn(store.host);
      if (host === '') continue;
      const frontEnds = (byFqdn.get(host) ?? []).filter((s) => s.role === 'front-end');
      if (frontEnds.length === 0) continue;
      out.push({
        rule: 'FILE_STORE_ON_FRONT_END',
        severity: 'error',
        elements: [store.id, ...frontEnds.map((s) => s.id)],
        message: `File store ${ctx.name(store.id)} is hosted on Enterprise Front End server ${ctx.name(frontEnds[0]!.id)}; an Enterprise pool's file share must be on another computer.`,
      });
    }
    return out;
  },
};
