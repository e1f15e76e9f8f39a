/** Small builders for the tests of catalog sections A-E: add one pool, SQL instance or link to a mutable copy. */
import type { Design } from '../domain/design';
import type { LinkKind } from '../domain/elements/link';
import type { Pool } from '../domain/elements/pool';
import type { ServerRole } from '../domain/elements/server';
import type { SqlInstance } from '../domain/elements/sql-instance';

/**
 * A pool of `count` servers of one role. Servers are `<id>-1`, `<id>-2`... with FQDNs under the pool's
 * domain; a Standard Edition server takes the pool FQDN.
 */
export function addPool(
  d: Design,
  id: string,
  siteId: string,
  role: ServerRole,
  count = 1,
  fields: Partial<Pool> = {},
): Pool {
  const pool: Pool = { id, siteId, fqdn: `${id}.contoso.com`, ...fields };
  d.pools.push(pool);
  for (let n = 1; n <= count; n++) {
    const fqdn = role === 'standard-edition' ? pool.fqdn : `${id}-${n}.contoso.com`;
    d.servers.push({ id: `${id}-${n}`, poolId: id, fqdn, role });
  }
  return pool;
}

/** A SQL Server 2012 Enterprise instance (default instance) in the first site unless told otherwise. */
export function addSql(d: Design, id: string, host: string, fields: Partial<SqlInstance> = {}): SqlInstance {
  const inst: SqlInstance = {
    id,
    siteId: d.sites[0]!.id,
    host,
    instance: '',
    edition: 'enterprise',
    version: '2012',
    ...fields,
  };
  d.sqlInstances.push(inst);
  return inst;
}

/** A link with a readable id (`<kind>:<from>:<to>`); returns the id. */
export function addLink(d: Design, kind: LinkKind, from: string, to: string): string {
  const id = `${kind}:${from}:${to}`;
  d.links.push({ id, kind, from, to });
  return id;
}

export function removeLinks(d: Design, ...ids: string[]): void {
  d.links = d.links.filter((l) => !ids.includes(l.id));
}
