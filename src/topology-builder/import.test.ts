import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlaps } from '../layout/free-space';
import { importTopologyXml } from './index';
import { isTopologyXmlText, looksLikeTopologyXml } from './sniff';
import { cluster, downloadedTopology, partial, service, site, tbxml, utf16 } from './test-support';

const FIXTURES = join(import.meta.dirname, '../../../shared/fixtures/topology-builder');
const enc = (t: string) => new TextEncoder().encode(t);

function ok(bytes: Uint8Array) {
  const r = importTopologyXml(bytes, 'x.tbxml');
  if (!r.ok) throw new Error(r.error.message);
  return r;
}
function refused(bytes: Uint8Array): string {
  const r = importTopologyXml(bytes);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error.message;
}
const links = (r: ReturnType<typeof ok>) => r.design.links.map((l) => `${l.kind} ${l.from} -> ${l.to}`).sort();

describe('encodings and roots', () => {
  const published = readFileSync(join(FIXTURES, 'sfb2015-published-se-edge-gateway.xml'), 'latin1');
  const expected = ok(enc(published)).design;

  it.each([
    ['UTF-8 without BOM', enc(published)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(published)])],
    ['UTF-16 LE with BOM and CRLF', utf16(published.replace(/\r?\n/g, '\r\n'), true)],
    ['UTF-16 BE with BOM and LF', utf16(published.replace(/\r\n/g, '\n'), false)],
  ])('reads %s to the same design', (_label, bytes) => {
    const r = ok(bytes);
    expect(r.design.pools).toEqual(expected.pools);
    expect(r.design.links).toEqual(expected.links);
  });

  it('reads UTF-16 whose BOM was lost, and a file declaring ISO-8859-1', () => {
    expect(ok(utf16(published, true).subarray(2)).design.pools).toEqual(expected.pools);
    const latin = '<?xml version="1.0" encoding="ISO-8859-1"?><Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"><Sites><CentralSite SiteId="1"><Name>Z\u00fcrich</Name></CentralSite></Sites></Topology>';
    const bytes = Uint8Array.from(latin, (c) => c.charCodeAt(0));
    expect(ok(bytes).design.sites[0]!.name).toBe('Zürich');
  });

  it('reads the published Topology root and the TopologyBuilder root', () => {
    expect(ok(enc(published)).report.family).toBe('published');
    expect(ok(readFileSync(join(FIXTURES, 'lync2013-standard-edition.tbxml'))).report.family).toBe('tbxml');
  });
});

describe('a downloaded-style .tbxml (non-GUID ids, OriginalTopology)', () => {
  const r = ok(enc(downloadedTopology()));
  const d = r.design;
  const pool = (fqdn: string) => d.pools.find((p) => p.fqdn === fqdn)!;
  const roleOf = (fqdn: string) => d.servers.filter((s) => s.poolId === pool(fqdn).id).map((s) => s.role);

  it('imports only the NewTopology and says the OriginalTopology was ignored', () => {
    expect(d.pools.some((p) => p.fqdn === 'gone.contoso.com')).toBe(false);
    expect(r.report.notes.join(' ')).toMatch(/OriginalTopology .* is ignored/);
  });

  it('maps sites: names, descriptions, a branch under its central site, location kept', () => {
    expect(d.sites.map((s) => [s.name, s.kind, s.description])).toEqual([['Redmond', 'central', 'Head office'], ['Branch Oslo', 'branch', undefined]]);
    expect(d.sites[1]!.centralSiteId).toBe(d.sites[0]!.id);
    expect(d.sites[0]!.topologyBuilder).toEqual({ siteId: '1', location: { City: 'Redmond', CountryCode: 'US' } });
  });

  it('maps roles from service sets: Enterprise Front End, Director, Mediation, Edge', () => {
    expect(roleOf('pool01.contoso.com')).toEqual(['front-end', 'front-end']);
    expect(roleOf('dir01.contoso.com')).toEqual(['director']);
    expect(roleOf('med01.contoso.com')).toEqual(['mediation']);
    expect(roleOf('edge01.contoso.com')).toEqual(['edge', 'edge']);
  });

  it('maps pool properties: CMS, features, external web FQDN, XMPP, SIP domain', () => {
    expect(pool('pool01.contoso.com')).toMatchObject({
      centralManagementStore: true,
      externalWebFqdn: 'webext.contoso.com',
      features: { conferencing: true, dialInConferencing: true, callAdmissionControl: true, monitoring: true },
    });
    expect(pool('pool01.contoso.com').collocatedMediation).toBeUndefined();
    expect(pool('edge01.contoso.com').xmppFederation).toBe(true);
    expect(d.primarySipDomain).toBe('contoso.com');
    expect(r.report.notes.join(' ')).toMatch(/fabrikam\.com/);
  });

  it('maps SQL instances, the file store and the gateway with opaque ids kept', () => {
    expect(d.sqlInstances.map((s) => `${s.host}\\${s.instance} ${s.edition}`)).toEqual(['sql01.contoso.com\\rtc standard', 'sql01.contoso.com\\mon standard']);
    expect(d.sqlInstances[0]!.topologyBuilder).toMatchObject({ cluster: { UniqueId: '1-2' }, instance: { UniqueId: 'sql1-2rtc' } });
    expect(d.fileStores.map((f) => `${f.host} ${f.share}`)).toEqual(['files.contoso.com share']);
    expect(d.gateways.map((g) => g.address)).toEqual(['gw01.contoso.com']);
    expect(pool('pool01.contoso.com').topologyBuilder).toMatchObject({ cluster: { UniqueId: '1-1' }, services: expect.arrayContaining([expect.objectContaining({ UniqueId: '1userservices1' })]) });
  });

  it('maps every dependency the table names to its link', () => {
    expect(links(r)).toEqual([
      'backend pool-pool01 -> sql-sql01-rtc',
      'edge pool-med01 -> pool-edge01',
      'edge pool-pool01 -> pool-edge01',
      'file-store pool-dir01 -> fs-files',
      'file-store pool-pool01 -> fs-files',
      'monitoring-store pool-pool01 -> sql-sql01-mon',
      'next-hop pool-edge01 -> pool-pool01',
      'next-hop pool-med01 -> pool-pool01',
      'trunk gw-gw01 -> pool-med01',
    ]);
  });

  it('keeps an unknown role as an empty pool and reports it and its dependency', () => {
    const pchat = pool('pchat.contoso.com');
    expect(d.servers.some((s) => s.poolId === pchat.id)).toBe(false);
    expect(pchat.topologyBuilder).toMatchObject({ notUnderstood: ['PersistentChatServer'] });
    expect(r.report.notUnderstood).toEqual([
      'the PersistentChatServer service on pchat.contoso.com',
      'the dependency of PersistentChatServer on pchat.contoso.com on Registrar on pool01.contoso.com',
    ]);
  });

  it('is laid out with no element over another', () => {
    expect(overlaps(d)).toEqual([]);
  });

  it('reports the defaults: SQL edition and version, users, load balancing', () => {
    expect(r.report.defaults).toHaveLength(3);
    expect(pool('pool01.contoso.com').loadBalancing).toBe('hardware');
    expect(pool('dir01.contoso.com').loadBalancing).toBeUndefined();
  });
});

describe('tolerance', () => {
  it('reads a hand-written published topology that leaves the namespace out', () => {
    const text = '<Topology><Sites><CentralSite SiteId="1"><Name>HQ</Name></CentralSite></Sites><Clusters><Cluster Fqdn="gw.contoso.com"><ClusterId SiteId="1" Number="1" /><Machine OrdinalInCluster="1" Fqdn="gw.contoso.com" /></Cluster></Clusters><Services><Service RoleVersion="1" ServiceVersion="6"><ServiceId SiteId="1" RoleName="PstnGateway" Instance="1" /><DependsOn /><InstalledOn><ClusterId SiteId="1" Number="1" /></InstalledOn></Service></Services></Topology>';
    const r = ok(enc(text));
    expect(r.design.sites.map((s) => s.name)).toEqual(['HQ']);
    expect(r.design.gateways.map((g) => g.address)).toEqual(['gw.contoso.com']);
  });

  it('keeps machine addresses, Edge NAT included, with each server', () => {
    const r = ok(readFileSync(join(FIXTURES, 'sfb2015-enterprise-pool-edge.tbxml')));
    const edge = r.design.servers.find((s) => s.fqdn === 'xedge1.contoso.com')!;
    expect(edge.topologyBuilder).toMatchObject({ interfaces: expect.arrayContaining([{ InterfaceSide: 'External', InterfaceNumber: '1', IPAddress: '10.0.0.1', ConfiguredIPAddress: '10.0.0.2' }]) });
  });
});

describe('product version from ServiceVersion', () => {
  const one = (version: string) =>
    tbxml(partial({ sites: site('1', 'S', cluster('c1', 'se.contoso.com', [], { single: true, sql: ['rtc'] })), services: service({ id: 's1', role: 'UserServices', on: 'c1', version }) }));
  it.each([
    ['5', 'Lync Server 2010', true],
    ['6', 'Lync Server 2013', false],
    ['7', 'Skype for Business Server 2015', true],
    ['8', 'Skype for Business Server 2019', true],
  ])('ServiceVersion %s is %s', (v, product, judged) => {
    const r = ok(enc(one(v)));
    expect(r.report.product).toBe(`${product} (ServiceVersion ${v})`);
    expect(!!r.report.judgedAs).toBe(judged);
    expect(r.design.servers[0]!.role).toBe('standard-edition');
  });
});

describe('refusals: a clear message, nothing imported', () => {
  it('malformed XML', () => {
    expect(refused(enc('<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"><Sites></Topology>'))).toMatch(/not well-formed XML \(line 1, column \d+/);
  });
  it('another XML document', () => {
    expect(refused(enc('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatch(/not a Lync topology: its root element is <svg> in namespace "http:\/\/www.w3.org\/2000\/svg"/);
  });
  it('an entity bomb, refused at its DOCTYPE without expanding', () => {
    const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE Topology [<!ENTITY e0 "lol">${entities}]><Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">&e10;</Topology>`;
    expect(refused(enc(bomb))).toMatch(/DOCTYPE.*does not expand entities/);
  });
  it('an entity reference without a declaration', () => {
    expect(refused(enc('<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">&lol9;</Topology>'))).toMatch(/undefined entity/);
  });
  it('a 50 MB file, before it is decoded', () => {
    expect(refused(new Uint8Array(50 * 1024 * 1024))).toBe('the file is 50.0 MB, more than the 5.0 MB a topology file may have');
  });
  it('nesting deeper than the JSON limit', () => {
    expect(refused(enc(`${'<a>'.repeat(40)}${'</a>'.repeat(40)}`))).toMatch(/nested more than 32 levels/);
  });
  it('a service depending on a service that does not exist', () => {
    const text = tbxml(partial({ sites: site('1', 'S', cluster('c1', 'se.contoso.com', [], { single: true })), services: service({ id: 's1', role: 'UserServices', on: 'c1', deps: ['nope'] }) }));
    expect(refused(enc(text))).toMatch(/the UserServices service depends on service "nope", which the file does not define/);
  });
  it('a service on a cluster that does not exist', () => {
    const text = tbxml(partial({ sites: site('1', 'S', cluster('c1', 'se.contoso.com', [])), services: service({ id: 's1', role: 'Registrar', on: 'c9' }) }));
    expect(refused(enc(text))).toMatch(/installed on "c9", which is no cluster or SQL instance/);
  });
  it('a Topology Builder file without a NewTopology', () => {
    expect(refused(enc('<TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008"/>'))).toMatch(/no NewTopology/);
  });
  it('text that is not XML at all', () => {
    expect(refused(enc('{"format":"lync-topology"}'))).toMatch(/not well-formed XML/);
  });
});

describe('sniffing without the parser', () => {
  it('takes .tbxml and .xml names, and topology markup under any name', () => {
    expect(looksLikeTopologyXml('a.TBXML', new Uint8Array())).toBe(true);
    expect(looksLikeTopologyXml('topology.txt', utf16('<Topology xmlns="x">', true))).toBe(true);
    expect(looksLikeTopologyXml('topology', enc('\uFEFF<?xml version="1.0"?>\r\n<TopologyBuilder>'))).toBe(true);
  });
  it('leaves JSON, SVG and PNG alone', () => {
    expect(looksLikeTopologyXml('d.json', enc('{"format":"lync-topology"}'))).toBe(false);
    expect(looksLikeTopologyXml('d.svg', enc('<svg xmlns="http://www.w3.org/2000/svg">'))).toBe(false);
    expect(looksLikeTopologyXml('d.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
  });
  it('recognises pasted topology XML text by its namespace', () => {
    expect(isTopologyXmlText('  <Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">')).toBe(true);
    expect(isTopologyXmlText('<svg>lync-topology</svg>')).toBe(false);
  });
});
