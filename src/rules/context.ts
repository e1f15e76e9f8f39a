/**
 * What rules share, derived once per validation so the whole catalog stays linear in the design's size.
 * Everything is computed lazily and cached on the context; rules never walk the design twice for
 * the same question.
 */
import type { Design } from '../domain/design';
import type { Link, LinkKind } from '../domain/elements/link';
import type { Pool } from '../domain/elements/pool';
import type { FileStore } from '../domain/elements/file-store';
import type { Server, ServerRole } from '../domain/elements/server';
import type { Site } from '../domain/elements/site';
import type { SqlInstance } from '../domain/elements/sql-instance';
import type { AnyElement } from '../domain/design';
import { displayName, indexDesign, poolRole, type DesignIndex, type PoolRole } from '../domain/queries';

export class RuleContext {
  readonly design: Design;
  readonly index: DesignIndex;
  private roles = new Map<string, PoolRole>();
  private byKind?: Map<LinkKind, Link[]>;
  private hosts?: Map<string, SqlInstance[]>;
  private fqdns?: Map<string, Server[]>;
  private poolsByRole?: Map<PoolRole, Pool[]>;
  private computers?: Server[][];

  constructor(design: Design) {
    this.design = design;
    this.index = indexDesign(design);
  }

  element(id: string): AnyElement | undefined {
    return this.index.byId.get(id)?.element;
  }
  pool(id: string): Pool | undefined {
    const f = this.index.byId.get(id);
    return f?.collection === 'pools' ? (f.element as Pool) : undefined;
  }
  site(id: string | undefined): Site | undefined {
    const f = id === undefined ? undefined : this.index.byId.get(id);
    return f?.collection === 'sites' ? (f.element as Site) : undefined;
  }
  sql(id: string): SqlInstance | undefined {
    const f = this.index.byId.get(id);
    return f?.collection === 'sqlInstances' ? (f.element as SqlInstance) : undefined;
  }

  /** How a finding names an element: quoted name, FQDN or address. */
  name(id: string): string {
    const e = this.element(id);
    return e ? `"${displayName(e)}"` : `"${id}"`;
  }

  servers(poolId: string): readonly Server[] {
    return this.index.serversByPool.get(poolId) ?? [];
  }

  role(poolId: string): PoolRole {
    let r = this.roles.get(poolId);
    if (r === undefined) {
      r = poolRole(this.design, poolId);
      this.roles.set(poolId, r);
    }
    return r;
  }

  /** An Enterprise Edition Front End pool (servers of role front-end). */
  isFrontEndPool(poolId: string): boolean {
    return this.role(poolId) === 'front-end';
  }
  /** A pool holding a Standard Edition server (even a wrongly pooled one). */
  isStandardEditionPool(poolId: string): boolean {
    return this.servers(poolId).some((s) => s.role === 'standard-edition');
  }
  /** A registrar pool: Front End (Enterprise) or Standard Edition. */
  isRegistrarPool(poolId: string): boolean {
    const r = this.role(poolId);
    return r === 'front-end' || r === 'standard-edition';
  }

  /** Pools of one role, in document order; grouped in one pass for all roles, since many rules ask. */
  poolsWithRole(role: PoolRole): readonly Pool[] {
    if (!this.poolsByRole) {
      this.poolsByRole = new Map();
      for (const p of this.design.pools) {
        const r = this.role(p.id);
        const list = this.poolsByRole.get(r);
        if (list) list.push(p);
        else this.poolsByRole.set(r, [p]);
      }
    }
    return this.poolsByRole.get(role) ?? [];
  }

  linksOfKind(kind: LinkKind): readonly Link[] {
    if (!this.byKind) {
      this.byKind = new Map();
      for (const l of this.design.links) {
        const list = this.byKind.get(l.kind);
        if (list) list.push(l);
        else this.byKind.set(l.kind, [l]);
      }
    }
    return this.byKind.get(kind) ?? [];
  }

  /** Links of a kind leaving an element. */
  out(id: string, kind: LinkKind): Link[] {
    return (this.index.linksFrom.get(id) ?? []).filter((l) => l.kind === kind);
  }
  /** Links of a kind arriving at an element. */
  in(id: string, kind: LinkKind): Link[] {
    return (this.index.linksTo.get(id) ?? []).filter((l) => l.kind === kind);
  }

  /** SQL instances grouped by host FQDN (case-insensitive): one group is one SQL host. */
  sqlHosts(): ReadonlyMap<string, SqlInstance[]> {
    if (!this.hosts) {
      this.hosts = new Map();
      for (const s of this.design.sqlInstances) {
        const key = normalizeFqdn(s.host);
        const list = this.hosts.get(key);
        if (list) list.push(s);
        else this.hosts.set(key, [s]);
      }
    }
    return this.hosts;
  }

  /** Servers grouped by FQDN (case-insensitive): a group of several is collocated roles on one computer. */
  serversByFqdn(): ReadonlyMap<string, Server[]> {
    if (!this.fqdns) {
      this.fqdns = new Map();
      for (const s of this.design.servers) {
        const key = normalizeFqdn(s.fqdn);
        const list = this.fqdns.get(key);
        if (list) list.push(s);
        else this.fqdns.set(key, [s]);
      }
    }
    return this.fqdns;
  }

  /** Each file store whose host FQDN is a server with one of these roles, with those servers. */
  fileStoresHostedOn(roles: ReadonlySet<ServerRole>): { store: FileStore; servers: Server[] }[] {
    const byFqdn = this.serversByFqdn();
    const out: { store: FileStore; servers: Server[] }[] = [];
    for (const store of this.design.fileStores) {
      const host = normalizeFqdn(store.host);
      const servers = host === '' ? [] : (byFqdn.get(host) ?? []).filter((s) => roles.has(s.role));
      if (servers.length > 0) out.push({ store, servers });
    }
    return out;
  }

  /** Groups of two or more servers with one non-empty FQDN: computers that run several roles (or a duplicate). */
  sharedFqdnGroups(): readonly Server[][] {
    if (!this.computers) {
      this.computers = [];
      for (const [fqdn, servers] of this.serversByFqdn()) if (fqdn !== '' && servers.length > 1) this.computers.push(servers);
    }
    return this.computers;
  }
}

/** DNS names compare case-insensitively and ignore a trailing dot. */
export function normalizeFqdn(fqdn: string): string {
  return fqdn.trim().toLowerCase().replace(/\.$/, '');
}
