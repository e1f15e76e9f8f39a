// SQL_EDITION_UNSUPPORTED: Lync Server 2013 databases need SQL Server 2008 R2 or 2012, Standard or
// Enterprise; Express is for Standard Edition only (topic: database-software-support).
import type { Link } from '../../domain/elements/link';
import type { SqlInstance } from '../../domain/elements/sql-instance';
import type { RuleContext } from '../context';
import {
  describeSql,
  isFullSqlEdition,
  isOnStandardEditionServer,
  isSupportedSqlVersion,
  listText,
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

/** The mirror partner's edition and version, so a fix does not create a MIRROR_VERSION_MISMATCH. */
function partnerOf(ctx: RuleContext, id: string): SqlInstance | undefined {
  const link = [...ctx.out(id, 'mirror'), ...ctx.in(id, 'mirror')].find((l) => l.from !== l.to);
  return link && ctx.sql(link.from === id ? link.to : link.from);
}

export const sqlEditionUnsupported: Rule = {
  id: 'SQL_EDITION_UNSUPPORTED',
  severity: 'error',
  wave: 1,
  title: 'A SQL instance holding Lync databases is not SQL Server 2008 R2 / 2012 Standard or Enterprise',
  check(ctx) {
    const out: Finding[] = [];
    for (const inst of ctx.design.sqlInstances) {
      const uses = usesOf(ctx, inst);
      if (uses.length === 0) continue;
      // On a Standard Edition server's host the instance is that server's SQL Express: what may live there
      // (its own stores, collocated Persistent Chat's) is SE_EXPRESS_FOREIGN_DATABASE's business, so only
      // the version is judged here.
      const onSe = isOnStandardEditionServer(ctx, inst);
      const badEdition = !onSe && !isFullSqlEdition(inst.edition);
      const badVersion = !isSupportedSqlVersion(inst.version);
      if (!badEdition && !badVersion) continue;
      const stores = unique(uses.map((l) => STORE_LABELS[l.kind]!));
      const pools = unique(uses.map((l) => l.from));
      const partner = partnerOf(ctx, inst.id);
      const patch: Record<string, unknown> = {};
      if (badEdition) {
        patch.edition = partner && isFullSqlEdition(partner.edition) ? partner.edition : 'standard';
        if (patch.edition === 'standard' && (inst.clusterNodes ?? 0) > 2) patch.edition = 'enterprise';
      }
      if (badVersion) patch.version = partner && isSupportedSqlVersion(partner.version) ? partner.version : '2012';
      out.push({
        rule: 'SQL_EDITION_UNSUPPORTED',
        severity: 'error',
        elements: [inst.id, ...pools],
        message: `SQL instance ${ctx.name(inst.id)} is ${describeSql(inst)} but holds the ${listText(stores)} databases of ${listText(pools.map((p) => ctx.name(p)))}; Lync Server 2013 needs ${onSe ? 'SQL Server 2008 R2 or 2012' : SUPPORTED_SQL_TEXT} for them${badEdition && inst.edition === 'express' ? ' (Express is for Standard Edition only)' : ''}.`,
        fixes: [{
          label: `Make ${ctx.name(inst.id)} ${describeSql({ ...inst, ...patch } as SqlInstance)}`,
          command: { op: 'update', id: inst.id, patch },
        }],
      });
    }
    return out;
  },
};
