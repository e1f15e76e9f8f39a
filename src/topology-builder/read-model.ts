/**
 * The two file families read into one neutral model. A `.tbxml` nests clusters under sites and names
 * everything by opaque `UniqueId` strings; a published topology lists clusters, SQL instances and services
 * flat and names them by tuples (SiteId/Number, SiteId/RoleName/Instance). Both become string keys here,
 * never parsed further: ids are opaque (GUIDs, `1-1`, `sql1-1rtc`, anything).
 */
import { LoadError } from '../document/load-error';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree';

export const NS = {
  tb: 'urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008',
  wt: 'urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008',
  t: 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008',
  su: 'urn:schema:Microsoft.Rtc.Management.Settings.SimpleUrl.2008',
  sr: 'urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008',
} as const;

export type Family = 'tbxml' | 'published';

export interface TbSite {
  key: string;
  siteId: string;
  kind: 'central' | 'branch';
  name: string;
  description?: string;
  parentKey?: string;
  location?: Record<string, string>;
}

export interface TbMachine {
  /** Missing on single-machine clusters: the machine is the cluster. */
  fqdn?: string;
  attrs: Record<string, unknown>;
}

export interface TbCluster {
  key: string;
  siteKey: string;
  fqdn: string;
  /** tbxml only; the published family does not say. */
  singleMachine?: boolean;
  machines: TbMachine[];
  /** Source identity: UniqueId (tbxml) or SiteId + Number (published). */
  source: Record<string, string>;
  line: number;
}

export interface TbSqlInstance {
  key: string;
  clusterKey: string;
  name: string;
  alwaysOnPrimary?: string;
  source: Record<string, string>;
}

export interface TbService {
  key: string;
  roleName: string;
  roleVersion?: string;
  serviceVersion?: string;
  type?: string;
  /** A cluster key or an SQL instance key. */
  installedOn: string;
  dependsOn: { key: string; usage?: string }[];
  /** Port owners (e.g. `urn:application:Caa`), for the feature flags. */
  portOwners: string[];
  /** The role element (`RegistrarService`, `WebService`, ...), if any. */
  roleElement?: XmlElement;
  source: Record<string, string>;
  line: number;
}

export interface TbModel {
  family: Family;
  signature?: string;
  /** `IsPublished`, `LastSiteId` of a tbxml PartialTopology, kept for a later exporter. */
  partialAttrs?: Record<string, string>;
  /** The tbxml root held an OriginalTopology (a downloaded topology); it is not read. */
  hadOriginalTopology: boolean;
  defaultDomain?: string;
  domains: string[];
  simpleUrls: { component: string; domain: string; url: string }[];
  sites: TbSite[];
  clusters: TbCluster[];
  sqlInstances: TbSqlInstance[];
  services: TbService[];
  /** Top-level elements of the topology the reader does not know, by name: reported, not read. */
  unknownSections: string[];
}

const KNOWN_SECTIONS = new Set(['InternalDomains', 'SimpleUrlConfiguration', 'CentralSites', 'Sites', 'Clusters', 'SqlInstances', 'Services']);

/** Which family a root element is, or a clear refusal for any other XML. */
export function readModel(root: XmlElement): TbModel {
  if ((root.ns === NS.tb || root.ns === '') && root.name === 'TopologyBuilder') {
    const fresh = childNamed(root, NS.tb, 'NewTopology');
    const partial = childNamed(fresh, NS.wt, 'PartialTopology');
    if (!partial) throw new LoadError('wrong-format', 'this Topology Builder file has no NewTopology/PartialTopology element, so it holds no topology to open');
    return readTbxml(partial, !!childNamed(root, NS.tb, 'OriginalTopology'));
  }
  if ((root.ns === NS.t || root.ns === '') && root.name === 'Topology') return readPublished(root);
  const ns = root.ns ? ` in namespace "${root.ns.slice(0, 100)}"` : '';
  throw new LoadError(
    'wrong-format',
    `this XML is not a Lync topology: its root element is <${root.name.slice(0, 60)}>${ns}, expected a Topology Builder file (<TopologyBuilder>) or a published topology (<Topology>)`,
  );
}

function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs[name];
}

function required(el: XmlElement, name: string, what: string): string {
  const v = el.attrs[name];
  if (v === undefined || v === '') throw new LoadError('invalid', `line ${el.line}: ${what} has no ${name}`);
  return v;
}

function pick(el: XmlElement, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) if (el.attrs[n] !== undefined) out[n] = el.attrs[n]!;
  return out;
}

function readDomains(model: TbModel, parent: XmlElement, ns: string): void {
  const domains = childNamed(parent, ns === NS.t ? NS.t : NS.t, 'InternalDomains');
  model.defaultDomain = attr(domains, 'DefaultDomain');
  model.domains = childrenNamed(domains, NS.t, 'InternalDomain').map((d) => d.attrs.Name ?? '').filter(Boolean);
  const urls = childNamed(parent, NS.su, 'SimpleUrlConfiguration');
  model.simpleUrls = childrenNamed(urls, NS.su, 'SimpleUrl').map((u) => ({
    component: u.attrs.Component ?? '',
    domain: u.attrs.Domain ?? '',
    url: u.attrs.ActiveUrl ?? '',
  }));
}

function siteFields(el: XmlElement): Pick<TbSite, 'name' | 'description' | 'location'> {
  const location = childNamed(el, NS.t, 'Location');
  const loc = location ? pick(location, ['City', 'State', 'CountryCode']) : {};
  const description = childNamed(el, NS.t, 'Description')?.text;
  return {
    name: childNamed(el, NS.t, 'Name')?.text ?? '',
    ...(description ? { description } : {}),
    ...(Object.keys(loc).length ? { location: loc } : {}),
  };
}

function emptyModel(family: Family, signature: string | undefined, hadOriginalTopology: boolean): TbModel {
  return { family, signature, hadOriginalTopology, domains: [], simpleUrls: [], sites: [], clusters: [], sqlInstances: [], services: [], unknownSections: [] };
}

// ---- .tbxml ---------------------------------------------------------------------------------------------

function readTbxml(partial: XmlElement, hadOriginalTopology: boolean): TbModel {
  const model = emptyModel('tbxml', partial.attrs.Signature, hadOriginalTopology);
  model.partialAttrs = pick(partial, ['IsPublished', 'LastSiteId']);
  readDomains(model, partial, NS.wt);
  for (const c of partial.children) if (!KNOWN_SECTIONS.has(c.name)) model.unknownSections.push(c.name);
  for (const site of childrenNamed(childNamed(partial, NS.wt, 'CentralSites'), NS.wt, 'CentralSite')) {
    const key = required(site, 'SiteId', 'a CentralSite');
    model.sites.push({ key, siteId: key, kind: 'central', ...siteFields(site) });
    readTbClusters(model, site, key);
    // Branch sites: the element shape is not seen in any public file; any site-like child is read as a branch.
    for (const remote of childNamed(site, NS.wt, 'RemoteSites')?.children ?? []) {
      const rkey = required(remote, 'SiteId', `a ${remote.name}`);
      model.sites.push({ key: rkey, siteId: rkey, kind: 'branch', parentKey: key, ...siteFields(remote) });
      readTbClusters(model, remote, rkey);
    }
  }
  for (const s of childrenNamed(childNamed(partial, NS.wt, 'Services'), NS.wt, 'Service')) {
    model.services.push({
      key: required(s, 'UniqueId', 'a Service'),
      roleName: required(s, 'RoleName', 'a Service'),
      roleVersion: s.attrs.RoleVersion,
      serviceVersion: s.attrs.ServiceVersion,
      type: s.attrs.Type,
      installedOn: required(s, 'InstalledOn', `the ${s.attrs.RoleName ?? ''} service`),
      dependsOn: childrenNamed(childNamed(s, NS.wt, 'DependsOn'), NS.wt, 'Dependency').map((d) => ({
        key: required(d, 'ServiceUniqueId', 'a Dependency'),
        usage: d.attrs.Usage,
      })),
      ...serviceExtras(s),
      source: pick(s, ['UniqueId', 'RoleName', 'RoleVersion', 'ServiceVersion', 'OriginalSiteId', 'OriginalInstance']),
      line: s.line,
    });
  }
  return model;
}

function readTbClusters(model: TbModel, site: XmlElement, siteKey: string): void {
  for (const c of childrenNamed(childNamed(site, NS.wt, 'Clusters'), NS.wt, 'Cluster')) {
    const key = required(c, 'UniqueId', 'a Cluster');
    model.clusters.push({
      key,
      siteKey,
      fqdn: required(c, 'Fqdn', 'a Cluster'),
      singleMachine: c.attrs.IsSingleMachineOnly === undefined ? undefined : c.attrs.IsSingleMachineOnly === 'true',
      machines: childrenNamed(childNamed(c, NS.wt, 'Machines'), NS.wt, 'Machine').map(readMachine),
      source: pick(c, ['UniqueId', 'IsSingleMachineOnly', 'RequiresReplication', 'RequiresSetup', 'OriginalSiteId', 'OriginalNumber']),
      line: c.line,
    });
    for (const i of childrenNamed(childNamed(c, NS.wt, 'SqlInstances'), NS.wt, 'SqlInstance')) {
      model.sqlInstances.push({
        key: required(i, 'UniqueId', 'a SqlInstance'),
        clusterKey: key,
        name: i.attrs.Name ?? '',
        alwaysOnPrimary: i.attrs.AlwaysOnPrimaryNodeFqdn,
        source: pick(i, ['UniqueId', 'OriginalClusterUniqueId']),
      });
    }
  }
}

/** The machine's identity and addresses, kept for a later exporter (Edge addresses and NAT are real data). */
function readMachine(m: XmlElement): TbMachine {
  const fqdn = m.attrs.Fqdn;
  const interfaces = childrenNamed(m, NS.t, 'NetInterface').map((n) => pick(n, ['InterfaceSide', 'InterfaceNumber', 'IPAddress', 'ConfiguredIPAddress']));
  return {
    ...(fqdn ? { fqdn } : {}),
    attrs: { ...pick(m, ['FaultDomain', 'UpgradeDomain', 'OrdinalInCluster']), ...(interfaces.length ? { interfaces } : {}) },
  };
}

const NOT_ROLE_ELEMENTS = new Set(['Ports', 'ServiceId', 'DependsOn', 'InstalledOn']);

function serviceExtras(s: XmlElement): Pick<TbService, 'portOwners' | 'roleElement'> {
  const ports = childNamed(s, NS.sr, 'Ports');
  const roleElement = s.children.find((c) => (c.ns === NS.sr || c.ns === '') && !NOT_ROLE_ELEMENTS.has(c.name));
  return {
    portOwners: childrenNamed(ports, NS.sr, 'Port').map((p) => p.attrs.Owner ?? ''),
    ...(roleElement ? { roleElement } : {}),
  };
}

// ---- published Topology -----------------------------------------------------------------------------------

function clusterKey(el: XmlElement | undefined, what: string, line: number): string {
  const id = childNamed(el, NS.t, 'ClusterId');
  if (!id) throw new LoadError('invalid', `line ${line}: ${what} has no ClusterId`);
  return `${required(id, 'SiteId', 'a ClusterId')}-${required(id, 'Number', 'a ClusterId')}`;
}

function sqlKey(id: XmlElement): string {
  return `sql:${clusterKey(id, 'a SqlInstanceId', id.line)}:${id.attrs.Name ?? ''}`;
}

function serviceKey(id: XmlElement | undefined, line: number): string {
  if (!id) throw new LoadError('invalid', `line ${line}: a service reference has no ServiceId`);
  return `${required(id, 'SiteId', 'a ServiceId')}/${required(id, 'RoleName', 'a ServiceId')}/${required(id, 'Instance', 'a ServiceId')}`;
}

function readPublished(root: XmlElement): TbModel {
  const model = emptyModel('published', root.attrs.Signature, false);
  readDomains(model, root, NS.t);
  for (const c of root.children) if (!KNOWN_SECTIONS.has(c.name)) model.unknownSections.push(c.name);
  for (const site of childNamed(root, NS.t, 'Sites')?.children ?? []) {
    const key = required(site, 'SiteId', `a ${site.name}`);
    const central = site.name === 'CentralSite';
    // Branch sites are not seen in any published file; their parent is guessed from the likely attribute names.
    const parent = central ? undefined : (site.attrs.ParentSiteId ?? site.attrs.CentralSiteId ?? childNamed(site, NS.t, 'ParentSiteId')?.text);
    model.sites.push({ key, siteId: key, kind: central ? 'central' : 'branch', ...(parent ? { parentKey: parent } : {}), ...siteFields(site) });
  }
  for (const c of childrenNamed(childNamed(root, NS.t, 'Clusters'), NS.t, 'Cluster')) {
    const id = childNamed(c, NS.t, 'ClusterId');
    const key = clusterKey(c, 'a Cluster', c.line);
    model.clusters.push({
      key,
      siteKey: id!.attrs.SiteId!,
      fqdn: required(c, 'Fqdn', 'a Cluster'),
      machines: childrenNamed(c, NS.t, 'Machine').map(readMachine),
      source: { SiteId: id!.attrs.SiteId!, Number: id!.attrs.Number!, ...pick(c, ['RequiresReplication', 'RequiresSetup']) },
      line: c.line,
    });
  }
  for (const i of childrenNamed(childNamed(root, NS.t, 'SqlInstances'), NS.t, 'SqlInstance')) {
    const id = childNamed(i, NS.t, 'SqlInstanceId');
    if (!id) throw new LoadError('invalid', `line ${i.line}: a SqlInstance has no SqlInstanceId`);
    const cid = childNamed(id, NS.t, 'ClusterId');
    model.sqlInstances.push({
      key: sqlKey(id),
      clusterKey: clusterKey(id, 'a SqlInstanceId', id.line),
      name: id.attrs.Name ?? '',
      alwaysOnPrimary: i.attrs.AlwaysOnPrimaryNodeFqdn,
      source: { SiteId: cid?.attrs.SiteId ?? '', Number: cid?.attrs.Number ?? '', Name: id.attrs.Name ?? '' },
    });
  }
  for (const s of childrenNamed(childNamed(root, NS.t, 'Services'), NS.t, 'Service')) {
    const sid = childNamed(s, NS.t, 'ServiceId');
    const key = serviceKey(sid, s.line);
    const on = childNamed(s, NS.t, 'InstalledOn');
    const onSql = childNamed(on, NS.t, 'SqlInstanceId');
    model.services.push({
      key,
      roleName: sid!.attrs.RoleName!,
      roleVersion: s.attrs.RoleVersion,
      serviceVersion: s.attrs.ServiceVersion,
      type: s.attrs.Type,
      installedOn: onSql ? sqlKey(onSql) : clusterKey(on, `the ${sid!.attrs.RoleName} service's InstalledOn`, s.line),
      dependsOn: childrenNamed(childNamed(s, NS.t, 'DependsOn'), NS.t, 'Dependency').map((d) => ({
        key: serviceKey(childNamed(d, NS.t, 'ServiceId'), d.line),
        usage: d.attrs.Usage,
      })),
      ...serviceExtras(s),
      source: { SiteId: sid!.attrs.SiteId!, RoleName: sid!.attrs.RoleName!, Instance: sid!.attrs.Instance!, ...pick(s, ['RoleVersion', 'ServiceVersion']) },
      line: s.line,
    });
  }
  return model;
}
