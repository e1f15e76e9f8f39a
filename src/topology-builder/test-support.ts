/**
 * A downloaded-style Topology Builder file written from the spec (§2): OriginalTopology + NewTopology,
 * non-GUID UniqueIds (`1-1`, `sql1-1rtc`, `1userservices1`), the CMS services, and the constructs no public
 * sample shows (a Director, a stand-alone Mediation pool, a branch site, an unknown role).
 */
const TB = 'urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008';
const WT = 'urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008';
const T = 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008';
const SR = 'urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008';

export interface SvcSpec {
  id: string;
  role: string;
  on: string;
  deps?: string[];
  version?: string;
  ports?: string[];
  inner?: string;
}

export function service(s: SvcSpec): string {
  const deps = (s.deps ?? []).map((d) => `<Dependency ServiceUniqueId="${d}" Usage="Default" />`).join('');
  const ports = (s.ports ?? []).map((o) => `<Port Owner="urn:${o}" Usage="SipServer" InterfaceSide="Primary" InterfaceNumber="1" Port="5071" Protocol="Mtls" UrlPath="/" AuthorizesRequests="false" />`).join('');
  return `<Service UniqueId="${s.id}" RoleName="${s.role}" RoleVersion="1" InstalledOn="${s.on}" ServiceVersion="${s.version ?? '6'}"><DependsOn>${deps}</DependsOn><Ports xmlns="${SR}">${ports}</Ports>${s.inner ?? ''}</Service>`;
}

export function cluster(id: string, fqdn: string, machines: string[], opts: { single?: boolean; sql?: string[] } = {}): string {
  const ms = machines.length ? machines.map((m) => `<Machine Fqdn="${m}"><NetInterface xmlns="${T}" InterfaceSide="Primary" InterfaceNumber="1" IPAddress="0.0.0.0" /></Machine>`).join('') : '<Machine />';
  const sql = (opts.sql ?? []).map((n) => `<SqlInstance UniqueId="sql${id}${n}" Name="${n}" />`).join('');
  return `<Cluster IsSingleMachineOnly="${opts.single ? 'true' : 'false'}" UniqueId="${id}" RequiresReplication="true" RequiresSetup="true" Fqdn="${fqdn}"><Machines>${ms}</Machines><SqlInstances>${sql}</SqlInstances></Cluster>`;
}

export function partial(body: { sites: string; services: string; domains?: string[] }): string {
  const domains = body.domains ?? ['contoso.com'];
  return `<PartialTopology IsPublished="true" Signature="5d1c2e43-1111-2222-3333-444455556666" LastSiteId="2" xmlns="${WT}">
<InternalDomains AllowAllDomains="false" DefaultDomain="${domains[0]}" xmlns="${T}">${domains.map((d) => `<InternalDomain Name="${d}" Authoritative="false" AllowSubDomains="false" />`).join('')}</InternalDomains>
<CentralSites>${body.sites}</CentralSites><Services>${body.services}</Services></PartialTopology>`;
}

export function site(id: string, name: string, clusters: string, extra = '', remote = ''): string {
  return `<CentralSite SiteId="${id}"><Name xmlns="${T}">${name}</Name>${extra}<Location xmlns="${T}" City="Redmond" CountryCode="US" /><Clusters>${clusters}</Clusters><RemoteSites>${remote}</RemoteSites></CentralSite>`;
}

export function tbxml(newTopology: string, originalTopology?: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\r\n<TopologyBuilder IsFreeFromChanges="true" xmlns="${TB}">\r\n${
    originalTopology ? `<OriginalTopology SignatureOfSimpleUrl="{1}">${originalTopology}</OriginalTopology>\r\n` : ''
  }<NewTopology>${newTopology}</NewTopology>\r\n</TopologyBuilder>\r\n`;
}

/** The downloaded Lync 2013 topology: Enterprise pool (2 FEs, CMS), Director, Mediation pool, Edge, gateway, PChat, a branch. */
export function downloadedTopology(): string {
  const clusters = [
    cluster('1-1', 'pool01.contoso.com', ['fe01.contoso.com', 'fe02.contoso.com']),
    cluster('1-2', 'sql01.contoso.com', [], { single: true, sql: ['rtc', 'mon'] }),
    cluster('1-3', 'files.contoso.com', [], { single: true }),
    cluster('1-4', 'dir01.contoso.com', ['dir01.contoso.com'], { single: false }),
    cluster('1-5', 'med01.contoso.com', ['med01.contoso.com']),
    cluster('1-6', 'edge01.contoso.com', ['edge01.contoso.com', 'edge02.contoso.com']),
    cluster('1-7', 'gw01.contoso.com', [], { single: true }),
    cluster('1-8', 'pchat.contoso.com', ['pchat.contoso.com']),
  ].join('');
  const services = [
    service({ id: '1userservices1', role: 'UserServices', on: '1-1', deps: ['1userstore1', '1confservices1'] }),
    service({ id: '1registrar1', role: 'Registrar', on: '1-1', deps: ['1userservices1', '1webservices1', '1edgeserver1', '1monitoringstore1'], inner: `<RegistrarService xmlns="${SR}" IsDirector="false" />` }),
    service({ id: '1webservices1', role: 'WebServices', on: '1-1', deps: ['1filestore1'], inner: `<WebService xmlns="${SR}"><ExternalSettings Host="webext.contoso.com" /></WebService>` }),
    service({ id: '1confservices1', role: 'ConfServices', on: '1-1', deps: ['1filestore1', '1edgeserver1'], inner: `<ConfService xmlns="${SR}"><MCUs><MCU ComponentName="IMConf" Vendor="Microsoft" /><MCU ComponentName="AVConf" Vendor="Microsoft" /></MCUs></ConfService>` }),
    service({ id: '1applicationserver1', role: 'ApplicationServer', on: '1-1', deps: ['1registrar1', '1applicationstore1'], ports: ['application:Caa', 'application:Cas', 'application:PDP'] }),
    service({ id: '1centralmgmt1', role: 'CentralMgmt', on: '1-1', deps: ['1centralmgmtstore1', '1filestore1'], inner: `<CentralMgmtService xmlns="${SR}" IsActive="true" />` }),
    service({ id: '1userstore1', role: 'UserStore', on: 'sql1-2rtc' }),
    service({ id: '1applicationstore1', role: 'ApplicationStore', on: 'sql1-2rtc' }),
    service({ id: '1centralmgmtstore1', role: 'CentralMgmtStore', on: 'sql1-2rtc' }),
    service({ id: '1monitoringstore1', role: 'MonitoringStore', on: 'sql1-2mon' }),
    service({ id: '1filestore1', role: 'FileStore', on: '1-3', inner: `<FileStoreService xmlns="${SR}" ShareName="share" />` }),
    service({ id: '1registrar2', role: 'Registrar', on: '1-4', deps: ['1webservices2'], inner: `<RegistrarService xmlns="${SR}" IsDirector="true" />` }),
    service({ id: '1webservices2', role: 'WebServices', on: '1-4', deps: ['1filestore1'] }),
    service({ id: '1mediationserver1', role: 'MediationServer', on: '1-5', deps: ['1registrar1', '1edgeserver1'] }),
    service({ id: '1edgeserver1', role: 'EdgeServer', on: '1-6', deps: ['1registrar1'], ports: ['component:XmppFederationProxy'] }),
    service({ id: '1pstngateway1', role: 'PstnGateway', on: '1-7', deps: ['1mediationserver1'] }),
    service({ id: '1persistentchatserver1', role: 'PersistentChatServer', on: '1-8', deps: ['1registrar1'] }),
  ].join('');
  const branch = `<RemoteSite SiteId="2"><Name xmlns="${T}">Branch Oslo</Name></RemoteSite>`;
  const fresh = partial({ sites: site('1', 'Redmond', clusters, `<Description xmlns="${T}">Head office</Description>`, branch), services, domains: ['contoso.com', 'fabrikam.com'] });
  const original = partial({ sites: site('1', 'Redmond', cluster('1-9', 'gone.contoso.com', ['gone.contoso.com'])), services: '' });
  return tbxml(fresh, original);
}

/** The same text in UTF-16 with a byte-order mark. */
export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = littleEndian ? 0xff : 0xfe;
  out[1] = littleEndian ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = littleEndian ? c & 0xff : c >> 8;
    out[3 + i * 2] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
}
