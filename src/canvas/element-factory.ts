/**
 * New elements with sensible defaults: free ids, "Central site 2"-style site names, numbered host names in
 * the design's SIP domain (fe01.contoso.com, then the next free number). Pure; the palette drop gestures use
 * these, and any other way of adding elements can too.
 */
import type { Design } from '../domain/design';
import type { FileStore } from '../domain/elements/file-store';
import type { Gateway } from '../domain/elements/gateway';
import type { ReverseProxy } from '../domain/elements/reverse-proxy';
import type { Pool } from '../domain/elements/pool';
import type { Server, ServerRole } from '../domain/elements/server';
import type { Site, SiteKind } from '../domain/elements/site';
import type { SqlInstance } from '../domain/elements/sql-instance';
import { newId } from '../domain/commands';
import { defaultDomain, hostLabel, nextNumberedHost, nextSiteName, normalizeHost, ROLE_HOST_PREFIX, usedHostNames } from '../domain/naming';

export function createSite(design: Design, kind: SiteKind, centralSiteId?: string): Site {
  const base = kind === 'central' ? 'Central site' : 'Branch site';
  const name = nextSiteName(design, base, design.sites.filter((s) => s.kind === kind).length + 1);
  const id = newId(design, name.toLowerCase().replace(/\s+site\s+/, '-'));
  return { id, name, kind, ...(kind === 'branch' && centralSiteId && { centralSiteId }) };
}

function host(design: Design, prefix: string): string {
  return nextNumberedHost(usedHostNames(design), prefix, defaultDomain(design));
}

export function createPool(design: Design, siteId: string): Pool {
  const fqdn = host(design, 'pool');
  return { id: newId(design, hostLabel(fqdn)), siteId, fqdn };
}

export function createServer(design: Design, role: ServerRole, poolId: string): Server {
  const fqdn = host(design, ROLE_HOST_PREFIX[role]);
  return { id: newId(design, hostLabel(fqdn)), poolId, fqdn, role };
}

/** Roles whose pool is one server by nature, so the pool is known by the server's FQDN (Topology Builder does the same). */
const SINGLE_SERVER_ROLES: ReadonlySet<ServerRole> = new Set(['standard-edition', 'survivable-branch-appliance', 'survivable-branch-server']);

/**
 * A server with a pool of its own around it. A Standard Edition server (or a branch appliance) and its pool
 * share one FQDN, as in Topology Builder; any other role makes a pool that can hold more servers, so the
 * pool gets an FQDN of its own (pool01.contoso.com) and the server its numbered host name.
 */
export function createPoolOfOne(design: Design, role: ServerRole, siteId: string): { pool: Pool; server: Server } {
  const serverFqdn = host(design, ROLE_HOST_PREFIX[role]);
  const used = usedHostNames(design);
  used.add(normalizeHost(serverFqdn));
  const poolFqdn = SINGLE_SERVER_ROLES.has(role) ? serverFqdn : nextNumberedHost(used, 'pool', defaultDomain(design));
  const poolId = newId(design, hostLabel(poolFqdn));
  let serverId = newId(design, SINGLE_SERVER_ROLES.has(role) ? `${poolId}-srv` : hostLabel(serverFqdn));
  if (serverId === poolId) serverId = `${poolId}-srv-2`;
  return { pool: { id: poolId, siteId, fqdn: poolFqdn }, server: { id: serverId, poolId, fqdn: serverFqdn, role } };
}

/**
 * When a pool that shares its FQDN with one of its servers now holds two or more servers, the FQDN it should
 * get instead (the next free poolNN in the design's domain); undefined when no rename is called for.
 */
export function poolRenameSuggestion(design: Design, poolId: string): string | undefined {
  const pool = design.pools.find((p) => p.id === poolId);
  if (!pool) return undefined;
  const servers = design.servers.filter((s) => s.poolId === poolId);
  if (servers.length < 2) return undefined;
  const own = pool.fqdn.trim().toLowerCase();
  if (!servers.some((s) => s.fqdn.trim().toLowerCase() === own)) return undefined;
  return nextNumberedHost(usedHostNames(design), 'pool', defaultDomain(design));
}

export function createSqlInstance(design: Design, siteId: string): SqlInstance {
  const fqdn = host(design, 'sql');
  // A full edition and a supported version: a new instance is a usable back end until the user says otherwise.
  return { id: newId(design, hostLabel(fqdn)), siteId, host: fqdn, instance: 'rtc', edition: 'standard', version: '2012' };
}

export function createFileStore(design: Design, siteId: string): FileStore {
  const fqdn = host(design, 'fs');
  return { id: newId(design, hostLabel(fqdn)), siteId, host: fqdn, share: 'lyncshare' };
}

export function createGateway(design: Design, siteId: string): Gateway {
  const fqdn = host(design, 'gw');
  return { id: newId(design, hostLabel(fqdn)), siteId, address: fqdn };
}

export function createReverseProxy(design: Design, siteId: string): ReverseProxy {
  const fqdn = host(design, 'rp');
  return { id: newId(design, hostLabel(fqdn)), siteId, fqdn };
}

export type SiteLevelItem = 'pool' | 'sql-instance' | 'file-store' | 'gateway' | 'reverse-proxy';
export type SiteLevelElement =
  | { collection: 'pools'; element: Pool }
  | { collection: 'sqlInstances'; element: SqlInstance }
  | { collection: 'fileStores'; element: FileStore }
  | { collection: 'gateways'; element: Gateway }
  | { collection: 'reverseProxies'; element: ReverseProxy };

/** The element a site-level palette item creates in a site, for drops and keyboard placement alike. */
export function createSiteLevelElement(design: Design, item: string, siteId: string): SiteLevelElement | undefined {
  switch (item) {
    case 'pool':
      return { collection: 'pools', element: createPool(design, siteId) };
    case 'sql-instance':
      return { collection: 'sqlInstances', element: createSqlInstance(design, siteId) };
    case 'file-store':
      return { collection: 'fileStores', element: createFileStore(design, siteId) };
    case 'gateway':
      return { collection: 'gateways', element: createGateway(design, siteId) };
    case 'reverse-proxy':
      return { collection: 'reverseProxies', element: createReverseProxy(design, siteId) };
    default:
      return undefined;
  }
}
