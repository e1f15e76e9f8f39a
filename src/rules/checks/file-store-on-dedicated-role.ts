// FILE_STORE_ON_DEDICATED_ROLE: Edge, Director, stand-alone Mediation, Office Web Apps and survivable branch
// computers run their role alone (Edge servers sit in the perimeter network), so none hosts a file share
// (topics: supported-topologies; server-collocation-in-an-enterprise-edition-front-end-pool-deployment).
import type { ServerRole } from '../../domain/elements/server';
import { ROLE_LABELS } from '../../domain/labels';
import { withArticle } from '../sql-helpers';
import type { Finding, Rule } from '../types';

const DEDICATED = new Set<ServerRole>([
  'edge',
  'director',
  'mediation',
  'office-web-apps',
  'survivable-branch-appliance',
  'survivable-branch-server',
]);

export const fileStoreOnDedicatedRole: Rule = {
  id: 'FILE_STORE_ON_DEDICATED_ROLE',
  severity: 'error',
  wave: 3,
  title: "A file store's host is an Edge, Director, Mediation, Office Web Apps or survivable branch server",
  check(ctx) {
    const out: Finding[] = [];
    for (const { store, servers } of ctx.fileStoresHostedOn(DEDICATED)) {
      // No fix: which computer should hold the share is the architect's choice, and a new host is a new server.
      out.push({
        rule: 'FILE_STORE_ON_DEDICATED_ROLE',
        severity: 'error',
        elements: [store.id, ...servers.map((s) => s.id)],
        message: `File store ${ctx.name(store.id)} is hosted on ${ctx.name(servers[0]!.id)}, ${withArticle(ROLE_LABELS[servers[0]!.role].label)} server; that role runs alone on its computer, so the file share needs another host.`,
      });
    }
    return out;
  },
};
