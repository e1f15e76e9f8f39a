// SE_NO_BACKEND_HA: a Standard Edition server has no high-availability features; its SQL Express is never
// mirrored or clustered, and pairing two SE servers gives disaster recovery only
// (topics: deployment-overview; supported-pool-pairing-options-and-best-practices).
import type { DesignCommand } from '../../domain/design-command';
import { isClustered, isOnStandardEditionServer } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const seNoBackendHa: Rule = {
  id: 'SE_NO_BACKEND_HA',
  severity: 'error',
  wave: 1,
  title: 'A Standard Edition server’s SQL instance is mirrored, witnessed or clustered',
  check(ctx) {
    const out: Finding[] = [];
    for (const inst of ctx.design.sqlInstances) {
      if (!isOnStandardEditionServer(ctx, inst)) continue;
      const links = [
        ...ctx.out(inst.id, 'mirror'),
        ...ctx.out(inst.id, 'witness'),
        ...ctx.in(inst.id, 'mirror'),
        ...ctx.in(inst.id, 'witness'),
      ];
      const linkIds = [...new Set(links.map((l) => l.id))];
      const clustered = isClustered(inst);
      if (linkIds.length === 0 && !clustered) continue;
      const what = [
        ...(linkIds.length > 0 ? [`${linkIds.length} mirror/witness link${linkIds.length === 1 ? '' : 's'}`] : []),
        ...(clustered ? [`${inst.clusterNodes} cluster nodes`] : []),
      ].join(' and ');
      const commands: DesignCommand[] = [];
      if (linkIds.length > 0) commands.push({ op: 'delete', ids: linkIds });
      if (clustered) commands.push({ op: 'update', id: inst.id, patch: { clusterNodes: undefined } });
      out.push({
        rule: 'SE_NO_BACKEND_HA',
        severity: 'error',
        elements: [inst.id, ...linkIds],
        message: `SQL instance ${ctx.name(inst.id)} runs on a Standard Edition server but has ${what}; Standard Edition has no back-end high availability, so pair two servers for disaster recovery instead.`,
        fixes: [{
          label: `Remove mirroring and clustering from ${ctx.name(inst.id)}`,
          command: commands.length === 1 ? commands[0]! : { op: 'batch', commands },
        }],
      });
    }
    return out;
  },
};
