// MIRROR_INVALID: a SQL mirror pair is a principal and a different mirror; a witness needs a mirror and is a
// third instance (topic: deploying-sql-mirroring-for-back-end-server-high-availability).
import type { Finding, Rule } from '../types';

export const mirrorInvalid: Rule = {
  id: 'MIRROR_INVALID',
  severity: 'error',
  wave: 1,
  title: 'A witness without a mirror, a mirror or witness that is the principal, or a witness equal to the mirror',
  check(ctx) {
    const out: Finding[] = [];
    for (const inst of ctx.design.sqlInstances) {
      const mirrors = ctx.out(inst.id, 'mirror');
      const witnesses = ctx.out(inst.id, 'witness');
      if (mirrors.length === 0 && witnesses.length === 0) continue;
      const name = ctx.name(inst.id);
      for (const l of [...mirrors, ...witnesses]) {
        if (l.to !== inst.id) continue;
        out.push({
          rule: 'MIRROR_INVALID',
          severity: 'error',
          elements: [inst.id, l.id],
          message: `SQL instance ${name} is its own ${l.kind}; a ${l.kind} must be another SQL instance, on another server.`,
          fixes: [{ label: `Delete this ${l.kind} link`, command: { op: 'delete', ids: [l.id] } }],
        });
      }
      const mirrorTargets = new Set(mirrors.filter((l) => l.to !== inst.id).map((l) => l.to));
      const realWitnesses = witnesses.filter((l) => l.to !== inst.id);
      if (mirrorTargets.size === 0) {
        for (const l of realWitnesses) {
          out.push({
            rule: 'MIRROR_INVALID',
            severity: 'error',
            elements: [inst.id, l.to, l.id],
            message: `SQL instance ${name} has witness ${ctx.name(l.to)} but no mirror; a witness only decides failover between a principal and its mirror.`,
          });
        }
        continue;
      }
      for (const l of realWitnesses) {
        if (!mirrorTargets.has(l.to)) continue;
        out.push({
          rule: 'MIRROR_INVALID',
          severity: 'error',
          elements: [inst.id, l.to, l.id],
          message: `SQL instance ${ctx.name(l.to)} is both the mirror and the witness of ${name}; the witness must be a third instance, or automatic failover cannot work.`,
          fixes: [{ label: 'Delete this witness link', command: { op: 'delete', ids: [l.id] } }],
        });
      }
    }
    return out;
  },
};
