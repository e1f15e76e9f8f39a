/**
 * Geometry reuse across edits. computeGeometry is memoised on the design object, so every edit (a load
 * balancing choice, an IP address, a description) recomputes all boxes, although boxes depend only on the
 * layout, the sites' kinds and branch parents, which container holds which element in which order, and the
 * text a box is sized to hold (names, FQDNs, a pool's role, users and CMS line, a SQL instance's details).
 * When none of those changed, the previous geometry is still exact and is returned as is (same object).
 */
import type { Design } from '../domain/design';
import { computeGeometry, type Geometry } from '../layout/geometry';

type Keyed = { id: string } & Record<string, unknown>;

function sameStructure(a: readonly Keyed[], b: readonly Keyed[], keys: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id) return false;
    for (const k of keys) if (x[k] !== y[k]) return false;
  }
  return true;
}

/** Whether two designs have the same geometry inputs. */
export function sameGeometryInputs(a: Design, b: Design): boolean {
  return (
    a.layout === b.layout &&
    sameStructure(a.sites as Keyed[], b.sites as Keyed[], ['kind', 'centralSiteId', 'name']) &&
    sameStructure(a.pools as Keyed[], b.pools as Keyed[], ['siteId', 'name', 'fqdn', 'users', 'centralManagementStore', 'collocatedMediation']) &&
    sameStructure(a.servers as Keyed[], b.servers as Keyed[], ['poolId', 'name', 'fqdn', 'role']) &&
    sameStructure(a.sqlInstances as Keyed[], b.sqlInstances as Keyed[], ['siteId', 'name', 'host', 'instance', 'edition', 'version', 'clusterNodes']) &&
    sameStructure(a.fileStores as Keyed[], b.fileStores as Keyed[], ['siteId', 'name', 'host', 'share']) &&
    sameStructure(a.gateways as Keyed[], b.gateways as Keyed[], ['siteId', 'name', 'address']) &&
    // Reverse proxies (the element on main; a design without the collection counts as having none).
    sameStructure((a.reverseProxies ?? []) as Keyed[], (b.reverseProxies ?? []) as Keyed[], ['siteId', 'name', 'fqdn'])
  );
}

/** A geometry function that reuses its previous result when the geometry inputs did not change. */
export function createGeometryMemo(): (design: Design) => Geometry {
  let last: { design: Design; geometry: Geometry } | undefined;
  return (design) => {
    if (last && (last.design === design || sameGeometryInputs(last.design, design))) {
      last = { design, geometry: last.geometry };
      return last.geometry;
    }
    last = { design, geometry: computeGeometry(design) };
    return last.geometry;
  };
}
