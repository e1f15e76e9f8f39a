// SQL_EDITION_UNSUPPORTED: Lync Server 2013 databases need SQL Server 2008 R2 or 2012, Standard or
// Enterprise; Express is for Standard Edition only (topic: database-software-support).
import type { DesignCommand } from '../../domain/design-command';
import type { Link } from '../../domain/elements/link';
import type { SqlInstance } from '../../domain/elements/sql-instance';
import type { RuleContext } from '../context';
import {
  describeSql,
  isFullSqlEdition,
  isOnStandardEditionServer,
  isSupportedSqlVersion,
  listText,
  normalizeSqlVersion,
  STORE_LABELS,
  SUPPORTED_SQL_TEXT,
  unique,
} from '../sql-helpers';
import type { Finding, Rule } from '../types';

const JUDGED_STORES = ['monitoring-store', 'archiving-store', 'persistent-chat-store', 'compliance-store'] as const;

/** Store links that make an instance hold a database this rule judges. */
function usesOf(ctx: RuleContext, inst: SqlInstance): Link[] {
  const uses = ctx.in(inst.id, 'backend').filter((l) => ctx.isFrontEndPool(l.from));
  for (const kind of JUDGED_STORES) uses.push(...ctx.in(inst.id, kind).filter((l) => ctx.pool(l.from)));
  return uses;
}

/** The mirror partners of an instance (either direction), without the instance itself. */
function partnersOf(ctx: RuleContext, id: string): SqlInstance[] {
  const out: SqlInstance[] = [];
  for (const l of [...ctx.out(id, 'mirror'), ...ctx.in(id, 'mirror')]) {
    const other = ctx.sql(l.from === id ? l.to : l.from);
    if (other && other.id !== id && !out.includes(other)) out.push(other);
  }
  return out;
}

/** Edition and version fields of `inst` that differ from the target, as an update patch. */
function patchTo(inst: SqlInstance, target: { edition?: string; version?: string }): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (target.edition !== undefined && inst.edition !== target.edition) patch.edition = target.edition;
  if (target.version !== undefined && normalizeSqlVersion(inst.version) !== normalizeSqlVersion(target.version)) {
    patch.version = target.version;
  }
  return patch;
}

/**
 * One fix for a whole mirror set: principal, mirrors and (version only) witnesses move to one supported
 * release and edition together, so the fix never leaves a MIRROR_VERSION_MISMATCH behind.
 */
function fixCommand(ctx: RuleContext, inst: SqlInstance, target: { edition?: string; version?: string }): DesignCommand {
  const commands: DesignCommand[] = [];
  const add = (i: SqlInstance, t: { edition?: string; version?: string }) => {
    const patch = patchTo(i, t);
    if (Object.keys(patch).length > 0) commands.push({ op: 'update', id: i.id, patch });
  };
  add(inst, target);
  for (const p of partnersOf(ctx, inst.id)) if (!isOnStandardEditionServer(ctx, p)) add(p, target);
  for (const l of ctx.out(inst.id, 'witness')) {
    const w = ctx.sql(l.to);
    if (w && w.id !== inst.id && target.version !== undefined) add(w, { version: target.version });
  }
  return commands.length === 1 ? commands[0]! : { op: 'batch', commands };
}

export const sqlEditionUnsupported: Rule = {
  id: 'SQL_EDITION_UNSUPPORTED',
  severity: 'error',
  wave: 1,
  title: 'A SQL instance holding Lync databases is not SQL Server 2008 R2 / 2012 Standard or Enterprise, or an SE server’s own one not 2012 Express',
  check(ctx) {
    const out: Finding[] = [];
    for (const inst of ctx.design.sqlInstances) {
      const uses = usesOf(ctx, inst);
      const stores = unique(uses.map((l) => STORE_LABELS[l.kind]!));
      const pools = unique(uses.map((l) => l.from));
      const holds = uses.length > 0 ? ` and holds the ${listText(stores)} databases of ${listText(pools.map((p) => ctx.name(p)))}` : '';
      if (isOnStandardEditionServer(ctx, inst)) {
        // A Standard Edition server's own instance, drawn or not, is the SQL Server 2012 Express it installs;
        // what may live there is SE_EXPRESS_FOREIGN_DATABASE's business.
        if (inst.edition === 'express' && normalizeSqlVersion(inst.version) === '2012') continue;
        const target = { edition: 'express', version: '2012' };
        out.push({
          rule: 'SQL_EDITION_UNSUPPORTED',
          severity: 'error',
          elements: [inst.id, ...pools],
          message: `SQL instance ${ctx.name(inst.id)} runs on a Standard Edition server${holds} but is ${describeSql(inst)}; a Standard Edition server's own SQL instance is the SQL Server 2012 Express that Lync Server 2013 installs on it.`,
          fixes: [{ label: `Make ${ctx.name(inst.id)} SQL Server 2012 Express`, command: fixCommand(ctx, inst, target) }],
        });
        continue;
      }
      if (uses.length === 0) continue;
      const badEdition = !isFullSqlEdition(inst.edition);
      const badVersion = !isSupportedSqlVersion(inst.version);
      if (!badEdition && !badVersion) continue;
      const partner = partnersOf(ctx, inst.id).find((p) => !isOnStandardEditionServer(ctx, p));
      const target: { edition?: string; version?: string } = {};
      if (badEdition || (partner && partner.edition !== inst.edition)) {
        target.edition = partner && isFullSqlEdition(partner.edition) ? partner.edition : badEdition ? 'standard' : inst.edition;
        if (target.edition === 'standard' && (inst.clusterNodes ?? 0) > 2) target.edition = 'enterprise';
      }
      if (badVersion) target.version = partner && isSupportedSqlVersion(partner.version) ? partner.version : '2012';
      out.push({
        rule: 'SQL_EDITION_UNSUPPORTED',
        severity: 'error',
        elements: [inst.id, ...pools],
        message: `SQL instance ${ctx.name(inst.id)} is ${describeSql(inst)}${holds}; Lync Server 2013 needs ${SUPPORTED_SQL_TEXT} for them${badEdition && inst.edition === 'express' ? ' (Express is for Standard Edition only)' : ''}.`,
        fixes: [
          {
            label: `Make ${ctx.name(inst.id)}${partner ? ' and its mirror' : ''} ${describeSql({ ...inst, ...target } as SqlInstance)}`,
            command: fixCommand(ctx, inst, target),
          },
        ],
      });
    }
    return out;
  },
};
