// DEDICATED_ROLE_COLLOCATED: Director, Edge, stand-alone Mediation and Office Web Apps servers need their own
// computers (topic: server-collocation-in-an-enterprise-edition-front-end-pool-deployment).
import type { ServerRole } from '../../domain/elements/server';
import { ROLE_LABELS } from '../../domain/labels';
import type { Finding, Rule } from '../types';

const DEDICATED = new Set<ServerRole>(['director', 'edge', 'mediation', 'office-web-apps']);

export const dedicatedRoleCollocated: Rule = {
  id: 'DEDICATED_ROLE_COLLOCATED',
  severity: 'error',
  wave: 1,
  title: 'A Director, Edge, stand-alone Mediation or Office Web Apps server shares its computer with another role',
  check(ctx) {
    const out: Finding[] = [];
    for (const servers of ctx.sharedFqdnGroups()) {
      const dedicated = servers.filter((s) => DEDICATED.has(s.role));
      const first = dedicated[0];
      if (!first) continue;
      const other = servers.find((s) => s.role !== first.role);
      if (!other) continue; // one role several times: a duplicate FQDN, not a collocation
      out.push({
        rule: 'DEDICATED_ROLE_COLLOCATED',
        severity: 'error',
        elements: [...dedicated, ...servers.filter((s) => !DEDICATED.has(s.role))].map((s) => s.id),
        message: `${ROLE_LABELS[first.role].label} server ${ctx.name(first.id)} shares its computer with ${ROLE_LABELS[other.role].label} server ${ctx.name(other.id)}; Director, Edge, stand-alone Mediation and Office Web Apps servers each need a computer of their own.`,
      });
    }
    return out;
  },
};
