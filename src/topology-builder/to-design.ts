/**
 * The neutral model to our document, row by row of the mapping table in spec/topology-builder.md §6.
 * Every cluster becomes a pool, an SQL host (its instances), a file store host or a gateway; every machine
 * of a pool a server; every dependency the table names a link. What the table does not name is kept in the
 * element's `topologyBuilder` field and listed in the report, never dropped silently.
 */
import type { ServerRole } from '../domain/elements/server';
import type { LinkKind } from '../domain/elements/link';
import { FORMAT_NAME, FORMAT_VERSION } from '../domain/design';
import { LoadError } from '../document/load-error';
import type { TbCluster, TbModel, TbService } from './read-model';
import { PRODUCTS, type ImportReport } from './report';

type Raw = Record<string, unknown> & { id: string };

/** Roles whose meaning on a pool cluster is understood (mapped to the pool's role, features or links). */
const POOL_SERVICES = new Set([
  'UserServices', 'Registrar', 'WebServices', 'ConfServices', 'ApplicationServer', 'MediationServer', 'CentralMgmt',
  'EdgeServer', 'ManagementServices', 'WacService', 'FileStore', 'PstnGateway',
]);
const SQL_SERVICES = new Set(['UserStore', 'ApplicationStore', 'ArchivingStore', 'MonitoringStore', 'CentralMgmtStore']);

/** Lync 2013 supports SQL Server 2008 R2 SP2 and 2012; the file never says which, so the newer is assumed. */
export const DEFAULT_SQL_VERSION = '2012';

class Ids {
  private used = new Set<string>();
  make(prefix: string, label: string): string {
    const slug = label.toLowerCase().split('.')[0]!.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'x';
    let id = `${prefix}-${slug}`;
    for (let n = 2; this.used.has(id); n++) id = `${prefix}-${slug}-${n}`;
    this.used.add(id);
    return id;
  }
}

export function modelToDesign(model: TbModel, fileName?: string): { raw: Record<string, unknown>; report: ImportReport } {
  checkReferences(model);
  const ids = new Ids();
  const report: ImportReport = {
    family: model.family,
    product: '',
    counts: { sites: 0, pools: 0, servers: 0, sqlInstances: 0, fileStores: 0, gateways: 0, links: 0 },
    defaults: [],
    notUnderstood: [],
    notes: [],
  };
  const versionNote = productOf(model, report);
  if (model.hadOriginalTopology) report.notes.push('The file is a downloaded topology: its OriginalTopology (the topology as published) is ignored; the NewTopology (as edited) is imported.');
  for (const s of model.unknownSections) report.notUnderstood.push(`the <${s}> section of the topology`);

  // Sites.
  const siteId = new Map<string, string>();
  const sites: Raw[] = [];
  for (const s of model.sites) siteId.set(s.key, ids.make('site', s.name || `site ${s.siteId}`));
  const firstCentral = model.sites.find((s) => s.kind === 'central');
  for (const s of model.sites) {
    const site: Raw = { id: siteId.get(s.key)!, name: s.name || `Site ${s.siteId}`, kind: s.kind };
    if (s.description) site.description = s.description;
    if (s.kind === 'branch') {
      const parent = s.parentKey && siteId.has(s.parentKey) ? s.parentKey : firstCentral?.key;
      if (parent) site.centralSiteId = siteId.get(parent);
      report.notes.push(`Branch site "${site.name}" is read from a shape no public file shows; check its central site and its appliances.`);
    }
    site.topologyBuilder = { siteId: s.siteId, ...(s.location ? { location: s.location } : {}) };
    sites.push(site);
  }

  const servicesOn = new Map<string, TbService[]>();
  for (const s of model.services) {
    const list = servicesOn.get(s.installedOn);
    if (list) list.push(s);
    else servicesOn.set(s.installedOn, [s]);
  }
  const serviceById = new Map(model.services.map((s) => [s.key, s]));
  const clusterById = new Map(model.clusters.map((c) => [c.key, c]));
  const sqlByKey = new Map(model.sqlInstances.map((i) => [i.key, i]));
  const sqlOfCluster = (key: string) => model.sqlInstances.filter((i) => i.clusterKey === key);
  const source = (s: TbService) => s.source;

  /** Design element id each service maps to (its pool, file store, gateway or SQL instance). */
  const elementOf = new Map<string, string>();
  const pools: Raw[] = [];
  const servers: Raw[] = [];
  const sqlInstances: Raw[] = [];
  const fileStores: Raw[] = [];
  const gateways: Raw[] = [];
  const poolById = new Map<string, Raw>();
  const roleOfPool = new Map<string, ServerRole>();
  let multiServerPools = 0;

  for (const c of model.clusters) {
    const site = siteId.get(c.siteKey)!;
    const services = servicesOn.get(c.key) ?? [];
    const roles = new Set(services.map((s) => s.roleName));
    const role = poolRole(c, roles, services, model, servicesOn, sqlByKey, report);
    const unknownOnly = role ? [] : services.filter((s) => s.roleName !== 'FileStore' && s.roleName !== 'PstnGateway');
    if (role) {
      const pool: Raw = { id: ids.make('pool', c.fqdn), siteId: site, fqdn: c.fqdn };
      if (roles.has('MediationServer') && role !== 'mediation') pool.collocatedMediation = true;
      if (roles.has('CentralMgmt')) pool.centralManagementStore = true;
      // Features belong to the pools that home users; an Edge or Mediation pool carries none.
      const features = role === 'front-end' || role === 'standard-edition' ? featuresOf(services) : {};
      if (Object.keys(features).length) pool.features = features;
      const ext = services.find((s) => s.roleName === 'WebServices')?.roleElement?.children.find((e) => e.name === 'ExternalSettings')?.attrs.Host;
      if (ext) pool.externalWebFqdn = ext;
      if (role === 'edge' && services.some((s) => s.roleName === 'EdgeServer' && s.portOwners.some((o) => o.endsWith(':XmppFederationProxy')))) pool.xmppFederation = true;
      const machines = c.machines.length ? c.machines : [{ attrs: {} }];
      if (machines.length > 1 && role !== 'office-web-apps') {
        pool.loadBalancing = 'hardware';
        multiServerPools++;
      }
      const unknown = services.filter((s) => !POOL_SERVICES.has(s.roleName));
      for (const s of unknown) report.notUnderstood.push(`the ${s.roleName} service on ${c.fqdn}`);
      pool.topologyBuilder = {
        cluster: c.source,
        services: services.filter((s) => s.roleName !== 'FileStore').map(source),
        ...(unknown.length ? { notUnderstood: unknown.map((s) => s.roleName) } : {}),
      };
      pools.push(pool);
      poolById.set(pool.id, pool);
      roleOfPool.set(pool.id, role);
      for (const s of services) if (s.roleName !== 'FileStore' && s.roleName !== 'PstnGateway') elementOf.set(s.key, pool.id);
      if (role !== 'office-web-apps' || c.machines.length) {
        for (const m of machines) {
          const fqdn = m.fqdn ?? c.fqdn;
          servers.push({ id: ids.make('srv', fqdn), poolId: pool.id, fqdn, role, topologyBuilder: m.attrs });
        }
      }
    } else if (unknownOnly.length || (services.length === 0 && sqlOfCluster(c.key).length === 0)) {
      // A role the reader does not know, or nothing at all: an empty pool keeps the cluster on the canvas.
      if (!unknownOnly.length) report.notUnderstood.push(`${c.fqdn}: a cluster that hosts no service (kept as an empty pool)`);
      const pool: Raw = {
        id: ids.make('pool', c.fqdn), siteId: site, fqdn: c.fqdn,
        topologyBuilder: { cluster: c.source, services: unknownOnly.map(source), notUnderstood: unknownOnly.map((s) => s.roleName) },
      };
      pools.push(pool);
      for (const s of unknownOnly) elementOf.set(s.key, pool.id);
    }
    for (const s of services) {
      if (s.roleName === 'FileStore') {
        const share = s.roleElement?.attrs.ShareName ?? '';
        if (!share) report.defaults.push(`the file store on ${c.fqdn} names no share; its share is left empty`);
        const fs: Raw = { id: ids.make('fs', `${c.fqdn}`), siteId: site, host: c.fqdn, share, topologyBuilder: { cluster: c.source, service: s.source } };
        fileStores.push(fs);
        elementOf.set(s.key, fs.id);
      } else if (s.roleName === 'PstnGateway') {
        const gw: Raw = { id: ids.make('gw', c.fqdn), siteId: site, address: c.fqdn, topologyBuilder: { cluster: c.source, service: s.source } };
        gateways.push(gw);
        elementOf.set(s.key, gw.id);
      } else if (!role) {
        report.notUnderstood.push(`the ${s.roleName} service on ${c.fqdn}`);
      }
    }
    for (const i of sqlOfCluster(c.key)) {
      const local = role === 'standard-edition';
      const inst: Raw = {
        id: ids.make('sql', `${c.fqdn.split('.')[0]}${i.name ? `-${i.name}` : ''}`),
        siteId: site,
        host: c.fqdn,
        instance: i.name,
        edition: local ? 'express' : 'standard',
        version: DEFAULT_SQL_VERSION,
        topologyBuilder: { cluster: c.source, instance: i.source, ...(i.alwaysOnPrimary ? { alwaysOnPrimaryNodeFqdn: i.alwaysOnPrimary } : {}) },
      };
      if (i.alwaysOnPrimary) report.notes.push(`SQL instance ${c.fqdn}${i.name ? `\\${i.name}` : ''} is an AlwaysOn group (primary node ${i.alwaysOnPrimary}); the design has no AlwaysOn and Lync Server 2013 does not support it.`);
      sqlInstances.push(inst);
      for (const s of servicesOn.get(i.key) ?? []) {
        elementOf.set(s.key, inst.id);
        if (!SQL_SERVICES.has(s.roleName)) report.notUnderstood.push(`the ${s.roleName} store on SQL instance ${c.fqdn}${i.name ? `\\${i.name}` : ''}`);
      }
      inst.topologyBuilder = { ...(inst.topologyBuilder as object), services: (servicesOn.get(i.key) ?? []).map(source) };
    }
  }

  // Links, from the dependencies.
  const links: Raw[] = [];
  const seen = new Set<string>();
  const link = (kind: LinkKind, from: string, to: string, dep: { from: TbService; to: TbService }) => {
    const key = `${kind}|${from}|${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ id: ids.make('link', `${kind}-${links.length + 1}`), kind, from, to, topologyBuilder: { from: dep.from.source, to: dep.to.source } });
  };
  for (const s of model.services) {
    const from = elementOf.get(s.key);
    for (const d of s.dependsOn) {
      const target = serviceById.get(d.key)!;
      const to = elementOf.get(target.key);
      if (!from || !to || from === to) continue;
      const kind = linkKindOf(s.roleName, target.roleName, poolById.has(from));
      if (kind === 'cms-store') continue;
      if (kind) {
        link(kind, from, to, { from: s, to: target });
        const pool = poolById.get(from);
        if (pool && (kind === 'archiving-store' || kind === 'monitoring-store')) {
          pool.features = { ...(pool.features as object), [kind === 'archiving-store' ? 'archiving' : 'monitoring']: true };
        }
      } else {
        const where = (x: TbService) => hostName(x, clusterById, sqlByKey);
        report.notUnderstood.push(`the dependency of ${s.roleName} on ${where(s)} on ${target.roleName} on ${where(target)}`);
      }
    }
  }

  // Defaults for what the files never hold.
  if (sqlInstances.length) {
    report.defaults.push(`SQL Server edition and version: not in the file; ${DEFAULT_SQL_VERSION} ${sqlInstances.some((i) => i.edition === 'express') ? 'Express for a Standard Edition server\'s own store, Standard for the others' : 'Standard'}. Set the real ones in the inspector.`);
  }
  report.defaults.push('Users homed on each pool: not in the file; left at 0.');
  if (multiServerPools) {
    report.defaults.push(`Load balancing: not in the file; hardware for the ${multiServerPools} pool(s) with more than one server (the file overrides no internal web services FQDN, which DNS load balancing would need), none for single servers.`);
  }
  const extraDomains = model.domains.filter((d) => d !== model.defaultDomain);
  if (extraDomains.length) report.notes.push(`SIP domains besides ${model.defaultDomain}: ${extraDomains.join(', ')} (kept in the document's topologyBuilder field; the design holds one primary SIP domain).`);
  if (model.simpleUrls.length) report.notes.push(`Simple URLs (${model.simpleUrls.map((u) => u.url).filter(Boolean).join(', ')}) are kept in the document's topologyBuilder field; the design does not show them.`);
  if (versionNote) report.notes.push(versionNote);
  report.notes.push('Ports, web components and conferencing MCU lists are not kept: they follow from each role and product version. Machine addresses are kept with each server.');

  report.counts = {
    sites: sites.length, pools: pools.length, servers: servers.length, sqlInstances: sqlInstances.length,
    fileStores: fileStores.length, gateways: gateways.length, links: links.length,
  };
  const name = fileName?.replace(/^.*[\\/]/, '').replace(/\.(tbxml|xml)$/i, '') || model.defaultDomain || 'Imported topology';
  const raw: Record<string, unknown> = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    name,
    ...(model.defaultDomain ? { primarySipDomain: model.defaultDomain } : {}),
    sites, pools, servers, sqlInstances, fileStores, gateways, links,
    topologyBuilder: {
      family: model.family,
      ...(model.signature ? { signature: model.signature } : {}),
      ...(model.partialAttrs && Object.keys(model.partialAttrs).length ? { partialTopology: model.partialAttrs } : {}),
      product: report.product,
      internalDomains: model.domains,
      ...(model.simpleUrls.length ? { simpleUrls: model.simpleUrls } : {}),
    },
  };
  return { raw, report };
}

function hostName(s: TbService, clusters: Map<string, TbCluster>, sql: Map<string, { clusterKey: string; name: string }>): string {
  const c = clusters.get(s.installedOn);
  if (c) return c.fqdn;
  const i = sql.get(s.installedOn)!;
  return `${clusters.get(i.clusterKey)?.fqdn ?? '?'}${i.name ? `\\${i.name}` : ''}`;
}

/** Which link a dependency is (spec §4/§6), `cms-store` for the understood CMS store, undefined when not understood. */
function linkKindOf(from: string, to: string, fromPool: boolean): LinkKind | 'cms-store' | undefined {
  if (fromPool && (to === 'UserStore' || to === 'ApplicationStore')) return 'backend';
  if (fromPool && to === 'ArchivingStore') return 'archiving-store';
  if (fromPool && to === 'MonitoringStore') return 'monitoring-store';
  if (fromPool && to === 'CentralMgmtStore') return 'cms-store';
  if (fromPool && to === 'FileStore') return 'file-store';
  if (from === 'EdgeServer' && to === 'Registrar') return 'next-hop';
  if (to === 'EdgeServer' && (from === 'Registrar' || from === 'ConfServices' || from === 'MediationServer')) return 'edge';
  if (from === 'MediationServer' && to === 'Registrar') return 'next-hop';
  if (from === 'PstnGateway' && to === 'MediationServer') return 'trunk';
  if (to === 'WacService' && fromPool) return 'office-web-apps';
  return undefined;
}

/** The server role a cluster's service set means, or undefined when the cluster is no pool (SQL, file or gateway host). */
function poolRole(
  c: TbCluster,
  roles: Set<string>,
  services: TbService[],
  model: TbModel,
  servicesOn: Map<string, TbService[]>,
  sqlByKey: Map<string, { clusterKey: string }>,
  report: ImportReport,
): ServerRole | undefined {
  const branch = model.sites.find((s) => s.key === c.siteKey)?.kind === 'branch';
  if (roles.has('Registrar')) {
    const registrar = services.find((s) => s.roleName === 'Registrar')!;
    if (registrar.roleElement?.attrs.IsDirector === 'true') return 'director';
    if (branch) return 'survivable-branch-appliance';
    if (!roles.has('UserServices')) report.notes.push(`${c.fqdn} runs a Registrar without user services and is not marked as a Director; read as a Front End pool.`);
    return isStandardEdition(c, services, servicesOn, sqlByKey) ? 'standard-edition' : 'front-end';
  }
  if (roles.has('UserServices')) return isStandardEdition(c, services, servicesOn, sqlByKey) ? 'standard-edition' : 'front-end';
  if (roles.has('EdgeServer')) return 'edge';
  if (roles.has('MediationServer')) return 'mediation';
  if (roles.has('WacService')) return 'office-web-apps';
  return undefined;
}

/** Standard Edition: Topology Builder marks it single-machine; the published family does not, but an SE's user store is on itself. */
function isStandardEdition(c: TbCluster, services: TbService[], servicesOn: Map<string, TbService[]>, sqlByKey: Map<string, { clusterKey: string }>): boolean {
  if (c.singleMachine !== undefined) return c.singleMachine;
  const userServices = services.find((s) => s.roleName === 'UserServices');
  const localStores = new Set<string>();
  for (const [key, inst] of sqlByKey) {
    if (inst.clusterKey === c.key) for (const s of servicesOn.get(key) ?? []) localStores.add(s.key);
  }
  return !!userServices?.dependsOn.some((d) => localStores.has(d.key));
}

/** Pool features from the service set (spec §4, "Pool features"). */
function featuresOf(services: TbService[]): Record<string, boolean> {
  const f: Record<string, boolean> = {};
  const owners = new Set(services.flatMap((s) => s.portOwners.map((o) => o.replace(/^urn:(component|application):/, ''))));
  const mcus = services
    .find((s) => s.roleName === 'ConfServices')
    ?.roleElement?.children.flatMap((e) => e.children)
    .map((m) => m.attrs.ComponentName);
  if (mcus?.some((m) => m && m !== 'IMConf')) f.conferencing = true;
  if (owners.has('Caa') || owners.has('Cas')) f.dialInConferencing = true;
  if (owners.has('PDP')) f.callAdmissionControl = true;
  if (services.some((s) => s.roleName === 'MediationServer') || owners.has('RGS') || owners.has('Cps')) f.enterpriseVoice = true;
  return f;
}

function productOf(model: TbModel, report: ImportReport): string | undefined {
  const counts = new Map<string, number>();
  for (const s of model.services) if (s.serviceVersion) counts.set(s.serviceVersion, (counts.get(s.serviceVersion) ?? 0) + 1);
  const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(b[0]) - Number(a[0]));
  const version = ordered[0]?.[0];
  report.product = version ? `${PRODUCTS[version] ?? 'an unknown product'} (ServiceVersion ${version})` : 'an unknown product (no ServiceVersion in the file)';
  if (version !== '6') {
    report.judgedAs = `The designer knows the rules of Lync Server 2013 only: this topology is imported and judged as a Lync Server 2013 topology, so findings about ${PRODUCTS[version ?? ''] ?? 'this product'} may differ.`;
  }
  if (ordered.length > 1) return `The file mixes service versions ${ordered.map(([v]) => `${v} (${PRODUCTS[v] ?? 'unknown'})`).join(', ')}: a coexistence topology.`;
  return undefined;
}

/** No partial design: a service on a host that does not exist, or a dependency on a service that does not, refuses the file. */
function checkReferences(model: TbModel): void {
  const sites = new Set(model.sites.map((s) => s.key));
  const hosts = new Set<string>();
  for (const c of model.clusters) {
    if (!sites.has(c.siteKey)) throw new LoadError('dangling-reference', `line ${c.line}: cluster ${c.fqdn} is in site "${c.siteKey}", which the file does not define`);
    if (hosts.has(c.key)) throw new LoadError('duplicate-id', `line ${c.line}: cluster id "${c.key}" is used twice`);
    hosts.add(c.key);
  }
  const clusters = new Set(hosts);
  for (const i of model.sqlInstances) {
    if (!clusters.has(i.clusterKey)) throw new LoadError('dangling-reference', `SQL instance "${i.name}" is on cluster "${i.clusterKey}", which the file does not define`);
    if (hosts.has(i.key)) throw new LoadError('duplicate-id', `SQL instance id "${i.key}" is used twice`);
    hosts.add(i.key);
  }
  const services = new Map<string, TbService>();
  for (const s of model.services) {
    if (services.has(s.key)) throw new LoadError('duplicate-id', `line ${s.line}: service id "${s.key}" is used twice`);
    services.set(s.key, s);
    if (!hosts.has(s.installedOn)) {
      throw new LoadError('dangling-reference', `line ${s.line}: the ${s.roleName} service is installed on "${s.installedOn}", which is no cluster or SQL instance of the file`);
    }
  }
  for (const s of model.services) {
    for (const d of s.dependsOn) {
      if (!services.has(d.key)) {
        throw new LoadError('dangling-reference', `line ${s.line}: the ${s.roleName} service depends on service "${d.key}", which the file does not define`);
      }
    }
  }
}
