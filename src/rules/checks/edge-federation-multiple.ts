// EDGE_FEDERATION_MULTIPLE: a deployment has one SIP federation route and one XMPP federation route, each
// through one Edge pool (topic: edge-server-disaster-recovery).
import type { Pool } from '../../domain/elements/pool';
import type { Finding, Rule } from '../types';
import { nameList } from '../service-helpers';

const ROUTES = [
  { flag: 'federation', label: 'SIP federation' },
  { flag: 'xmppFederation', label: 'XMPP federation' },
] as const;

export const edgeFederationMultiple: Rule = {
  id: 'EDGE_FEDERATION_MULTIPLE',
  severity: 'error',
  wave: 1,
  title: 'More than one Edge pool is marked for SIP federation, or more than one for XMPP federation',
  check(ctx) {
    const out: Finding[] = [];
    const edges = ctx.poolsWithRole('edge');
    for (const { flag, label } of ROUTES) {
      const marked = edges.filter((p: Pool) => p[flag] === true).map((p) => p.id);
      if (marked.length < 2) continue;
      const [keep, ...extra] = marked;
      out.push({
        rule: 'EDGE_FEDERATION_MULTIPLE',
        severity: 'error',
        elements: marked,
        message: `Edge pools ${nameList(ctx, marked)} are all marked as the ${label} route; a deployment routes ${label} through one Edge pool only.`,
        fixes: [{
          label: `Keep ${ctx.name(keep!)} as the only ${label} route`,
          command: { op: 'batch', commands: extra.map((id) => ({ op: 'update' as const, id, patch: { [flag]: false } })) },
        }],
      });
    }
    return out;
  },
};
