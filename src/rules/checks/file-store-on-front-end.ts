// FILE_STORE_ON_FRONT_END: a file store must not be hosted on an Enterprise Front End server; a Standard
// Edition server may host its own share (topic: file-storage-support).
import type { ServerRole } from '../../domain/elements/server';
import type { Finding, Rule } from '../types';

const FRONT_END: ReadonlySet<ServerRole> = new Set(['front-end']);

export const fileStoreOnFrontEnd: Rule = {
  id: 'FILE_STORE_ON_FRONT_END',
  severity: 'error',
  wave: 1,
  title: "A file store's host is an Enterprise Front End server",
  check(ctx) {
    const out: Finding[] = [];
    for (const { store, servers: frontEnds } of ctx.fileStoresHostedOn(FRONT_END)) {
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
