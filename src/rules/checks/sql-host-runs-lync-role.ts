// SQL_HOST_RUNS_LYNC_ROLE: back-end SQL servers run no Lync Server software, so a SQL host is never a Front
// End, Director, Edge, Mediation, Persistent Chat, Office Web Apps or survivable branch server; a Standard
// Edition server's own SQL Express is the one exception (topic: server-roles).
import type { ServerRole } from '../../domain/elements/server';
import { ROLE_LABELS } from '../../domain/labels';
import { standardEditionFqdns, withArticle } from '../sql-helpers';
import type { Finding, Rule } from '../types';

const LYNC_ROLES = new Set<ServerRole>([
  'front-end',
  'director',
  'edge',
  'mediation',
  'persistent-chat',
  'office-web-apps',
  'survivable-branch-appliance',
  'survivable-branch-server',
]);

export const sqlHostRunsLyncRole: Rule = {
  id: 'SQL_HOST_RUNS_LYNC_ROLE',
  severity: 'error',
  wave: 1,
  title: 'A SQL host is also a Lync server: Front End, Director, Edge, Mediation, Persistent Chat, Office Web Apps or branch',
  check(ctx) {
    const out: Finding[] = [];
    const seHosts = standardEditionFqdns(ctx);
    for (const [host, instances] of ctx.sqlHosts()) {
      // A Standard Edition server's own SQL Express: roles collocated on that server are judged elsewhere.
      if (host === '' || seHosts.has(host)) continue;
      const servers = (ctx.serversByFqdn().get(host) ?? []).filter((s) => LYNC_ROLES.has(s.role));
      if (servers.length === 0) continue;
      const roles = [...new Set(servers.map((s) => ROLE_LABELS[s.role].label))];
      out.push({
        rule: 'SQL_HOST_RUNS_LYNC_ROLE',
        severity: 'error',
        elements: [...instances.map((i) => i.id), ...servers.map((s) => s.id)],
        message: `SQL host "${instances[0]!.host}" is also ${withArticle(roles.join(' and '))} server (${servers.map((s) => ctx.name(s.id)).join(', ')}); a SQL Server that holds Lync databases runs no Lync Server role or Office Web Apps.`,
      });
    }
    return out;
  },
};
