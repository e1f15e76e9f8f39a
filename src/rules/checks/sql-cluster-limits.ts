// SQL_CLUSTER_LIMITS: SQL Server failover clusters have at most 2 nodes on Standard and 16 on Enterprise;
// other editions do not cluster (topic: database-software-support).
import type { SqlEdition } from '../../domain/elements/sql-instance';
import { SQL_EDITION_LABELS } from '../../domain/labels';
import { isOnStandardEditionServer } from '../sql-helpers';
import type { Finding, Rule } from '../types';

const MAX_NODES: Record<SqlEdition, number> = { enterprise: 16, standard: 2, express: 0, web: 0, workgroup: 0 };

export const sqlClusterLimits: Rule = {
  id: 'SQL_CLUSTER_LIMITS',
  severity: 'error',
  wave: 2,
  title: 'A clustered SQL instance has more nodes than its edition allows',
  check(ctx) {
    const out: Finding[] = [];
    for (const inst of ctx.design.sqlInstances) {
      const nodes = inst.clusterNodes ?? 0;
      const max = MAX_NODES[inst.edition];
      // A clustered SQL Express of a Standard Edition server is SE_NO_BACKEND_HA's business.
      if (nodes <= max || isOnStandardEditionServer(ctx, inst)) continue;
      const patch: Record<string, unknown> = { edition: 'enterprise' };
      if (nodes > MAX_NODES.enterprise) patch.clusterNodes = MAX_NODES.enterprise;
      out.push({
        rule: 'SQL_CLUSTER_LIMITS',
        severity: 'error',
        elements: [inst.id],
        message: `SQL instance ${ctx.name(inst.id)} is clustered on ${nodes} nodes, but ${SQL_EDITION_LABELS[inst.edition]} edition ${max === 0 ? 'does not support failover clustering' : `allows at most ${max}`} (Standard 2, Enterprise 16).`,
        fixes: [{
          label:
            inst.edition === 'enterprise'
              ? `Reduce ${ctx.name(inst.id)} to ${MAX_NODES.enterprise} cluster nodes`
              : `Make ${ctx.name(inst.id)} Enterprise edition${patch.clusterNodes ? ` with ${MAX_NODES.enterprise} nodes` : ''}`,
          command: { op: 'update', id: inst.id, patch },
        }],
      });
    }
    return out;
  },
};
