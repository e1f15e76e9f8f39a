// MIRROR_VERSION_MISMATCH: a principal and its mirror run the same SQL Server version and edition, and the
// witness the same version (any edition) (topic: deploying-sql-mirroring-for-back-end-server-high-availability).
import { describeSql, normalizeSqlVersion } from '../sql-helpers';
import type { Finding, Rule } from '../types';

export const mirrorVersionMismatch: Rule = {
  id: 'MIRROR_VERSION_MISMATCH',
  severity: 'error',
  wave: 1,
  title: 'Principal and mirror differ in SQL version or edition, or the witness in version',
  check(ctx) {
    const out: Finding[] = [];
    for (const kind of ['mirror', 'witness'] as const) {
      for (const l of ctx.linksOfKind(kind)) {
        const principal = ctx.sql(l.from);
        const other = ctx.sql(l.to);
        if (!principal || !other || l.from === l.to) continue;
        const sameVersion = normalizeSqlVersion(principal.version) === normalizeSqlVersion(other.version);
        const sameEdition = kind === 'witness' || principal.edition === other.edition;
        if (sameVersion && sameEdition) continue;
        const patch: Record<string, unknown> = {};
        if (!sameVersion) patch.version = principal.version;
        if (!sameEdition) patch.edition = principal.edition;
        out.push({
          rule: 'MIRROR_VERSION_MISMATCH',
          severity: 'error',
          elements: [l.from, l.to, l.id],
          message:
            kind === 'mirror'
              ? `Principal ${ctx.name(l.from)} is ${describeSql(principal)} but its mirror ${ctx.name(l.to)} is ${describeSql(other)}; a mirror must run the same SQL Server version and edition.`
              : `Principal ${ctx.name(l.from)} runs SQL Server ${principal.version} but its witness ${ctx.name(l.to)} runs ${other.version}; the witness must run the same SQL Server version (its edition may differ).`,
          fixes: [{
            label: `Make ${ctx.name(l.to)} ${kind === 'mirror' ? describeSql(principal) : `SQL Server ${principal.version}`} like its principal`,
            command: { op: 'update', id: l.to, patch },
          }],
        });
      }
    }
    return out;
  },
};
