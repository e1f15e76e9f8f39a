// The four real files in ../shared/fixtures/topology-builder: everything the file defines is in the design,
// and the findings are the ones an architect would expect, each with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../document/parse';
import { serializeDesign } from '../document/serialize';
import { overlaps } from '../layout/free-space';
import { validate } from '../rules/engine';
import { importTopologyXml } from './index';

export const FIXTURES = join(import.meta.dirname, '../../../shared/fixtures/topology-builder');

function load(name: string) {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
  const result = importTopologyXml(bytes, name);
  if (!result.ok) throw new Error(result.error.message);
  return { ...result, text: new TextDecoder().decode(bytes) };
}

/** Every cluster FQDN, machine FQDN and SQL instance the file names, read with plain regexes (independent of the importer). */
function fileFacts(text: string) {
  const clusters = [...text.matchAll(/<Cluster\b[^>]*\bFqdn="([^"]+)"/g)].map((m) => m[1]!);
  const machines = [...text.matchAll(/<Machine\b[^>]*\bFqdn="([^"]+)"/g)].map((m) => m[1]!);
  return { clusters, machines };
}

function rules(findings: ReturnType<typeof validate>) {
  return findings.map((f) => `${f.severity} ${f.rule}`).sort();
}

function links(design: ReturnType<typeof load>['design']) {
  return design.links.map((l) => `${l.kind} ${l.from} -> ${l.to}`).sort();
}

describe.each([
  'lync2013-standard-edition.tbxml',
  'sfb2015-enterprise-pool-edge.tbxml',
  'sfb2015-published-enterprise-pool.xml',
  'sfb2015-published-se-edge-gateway.xml',
])('%s', (name) => {
  it('makes every cluster FQDN a pool, SQL host, file store host or gateway, and every pool machine a server', () => {
    const { design, text } = load(name);
    const { clusters, machines } = fileFacts(text);
    const hosts = new Set([
      ...design.pools.map((p) => p.fqdn),
      ...design.sqlInstances.map((s) => s.host),
      ...design.fileStores.map((f) => f.host),
      ...design.gateways.map((g) => g.address),
    ]);
    expect(clusters.length).toBeGreaterThan(0);
    for (const c of clusters) expect(hosts, c).toContain(c);
    // Machines of SQL, file and gateway hosts (the published family names them) are those hosts, not servers.
    const servers = new Set([...design.servers.map((s) => s.fqdn), ...design.sqlInstances.map((s) => s.host), ...design.fileStores.map((f) => f.host), ...design.gateways.map((g) => g.address)]);
    for (const m of machines) expect(servers, m).toContain(m);
    const poolMachines = design.pools.flatMap((p) => (clusters.includes(p.fqdn) ? [p.fqdn] : []));
    expect(design.servers.length).toBeGreaterThanOrEqual(poolMachines.length);
  });

  it('is laid out, loads again from its JSON, and keeps the source identity', () => {
    const { design } = load(name);
    for (const c of ['sites', 'pools', 'servers', 'sqlInstances', 'fileStores', 'gateways'] as const) {
      for (const e of design[c]) expect(design.layout?.[e.id], e.id).toBeDefined();
    }
    expect(overlaps(design)).toEqual([]);
    const again = loadDesign(serializeDesign(design));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.value.pools.map((p) => p.topologyBuilder)).toEqual(design.pools.map((p) => p.topologyBuilder));
    expect(again.value.links).toEqual(design.links);
    expect((again.value as Record<string, unknown>).topologyBuilder).toEqual((design as Record<string, unknown>).topologyBuilder);
  });
});

describe('what each real file becomes', () => {
  it('lync2013-standard-edition: one SE with its own SQL Express store and file share', () => {
    const { design, report } = load('lync2013-standard-edition.tbxml');
    expect(report.product).toBe('Lync Server 2013 (ServiceVersion 6)');
    expect(report.judgedAs).toBeUndefined();
    expect(design.primarySipDomain).toBe('jivewindev.com');
    expect(design.sites.map((s) => s.name)).toEqual(['JiveWinDevSite']);
    expect(design.servers.map((s) => `${s.fqdn} ${s.role}`)).toEqual(['WINDEV-LYNC2013.jivewindev.com standard-edition']);
    expect(design.sqlInstances.map((s) => `${s.host}\\${s.instance} ${s.edition} ${s.version}`)).toEqual(['WINDEV-LYNC2013.jivewindev.com\\rtc express 2012']);
    expect(design.fileStores.map((f) => `${f.host} ${f.share}`)).toEqual(['WINDEV-LYNC2013.jivewindev.com LyncShare']);
    expect(links(design)).toEqual(['backend pool-windev-lync2013 -> sql-windev-lync2013-rtc', 'file-store pool-windev-lync2013 -> fs-windev-lync2013']);
    // IM-only conferencing (the MCU list holds IMConf only): no conferencing feature.
    expect(design.pools[0]!.features).toBeUndefined();
    // CMS_MISSING: a never-published topology has no CentralMgmt service; the publish wizard adds it.
    expect(rules(validate(design))).toEqual(['error CMS_MISSING']);
  });

  it('sfb2015-enterprise-pool-edge: 4-FE pool with Mediation, 3-server Edge, SQL with three stores, OWA, two file servers', () => {
    const { design, report } = load('sfb2015-enterprise-pool-edge.tbxml');
    expect(report.product).toBe('Skype for Business Server 2015 (ServiceVersion 7)');
    expect(report.judgedAs).toMatch(/judged as a Lync Server 2013 topology/);
    const fe = design.pools.find((p) => p.fqdn === 'frontendpool.contoso.com')!;
    expect(fe.collocatedMediation).toBe(true);
    expect(fe.features).toMatchObject({ conferencing: true, archiving: true, monitoring: true, enterpriseVoice: true });
    expect(fe.loadBalancing).toBe('hardware');
    expect(design.servers.filter((s) => s.role === 'front-end')).toHaveLength(4);
    expect(design.servers.filter((s) => s.role === 'edge')).toHaveLength(3);
    expect(design.servers.filter((s) => s.role === 'office-web-apps').map((s) => s.fqdn)).toEqual(['xOffice1.contoso.com']);
    expect(design.fileStores.map((f) => `${f.host} ${f.share}`)).toEqual(['xFile1.contoso.com Data1', 'xFile2.contoso.com Data2']);
    expect(links(design)).toEqual([
      'archiving-store pool-frontendpool -> sql-xsql1',
      'backend pool-frontendpool -> sql-xsql1',
      'edge pool-frontendpool -> pool-edgepool',
      'file-store pool-frontendpool -> fs-xfile1',
      'monitoring-store pool-frontendpool -> sql-xsql1',
      'next-hop pool-edgepool -> pool-frontendpool',
      'office-web-apps pool-frontendpool -> pool-xoffice1',
    ]);
    expect(report.defaults.join(' ')).toMatch(/SQL Server edition and version/);
    expect(report.defaults.join(' ')).toMatch(/Load balancing/);
    // CMS_MISSING: never published, so no CMS yet. BACKEND_NO_HA: one SQL Server, not mirrored (the file
    // names no mirror). DATABASE_COLLOCATION_DISCOURAGED: Archiving + Monitoring share the back end's SQL host.
    // VOICE_NO_GATEWAY: Mediation is collocated (Enterprise Voice) but the file defines no PSTN gateway.
    expect(rules(validate(design))).toEqual(['error CMS_MISSING', 'warning BACKEND_NO_HA', 'warning DATABASE_COLLOCATION_DISCOURAGED', 'warning VOICE_NO_GATEWAY']);
  });

  it('sfb2015-published-enterprise-pool: 1-FE pool on an AlwaysOn SQL, DFS file share, OWA, CMS', () => {
    const { design, report } = load('sfb2015-published-enterprise-pool.xml');
    expect(report.family).toBe('published');
    const fe = design.pools.find((p) => p.fqdn === 'poolfe.tenant.rlevchenko.com')!;
    expect(fe.centralManagementStore).toBe(true);
    expect(design.servers.map((s) => `${s.fqdn} ${s.role}`)).toEqual(['SKYPE-FE-01.tenant.rlevchenko.com front-end', 'srv-owa-01.tenant.rlevchenko.com office-web-apps']);
    expect(design.fileStores.map((f) => `${f.host} ${f.share}`)).toEqual(['tenant.rlevchenko.com skype']);
    expect(design.sqlInstances[0]!.topologyBuilder).toMatchObject({ alwaysOnPrimaryNodeFqdn: 'srv-sql-01.tenant.rlevchenko.com' });
    expect(report.notes.join(' ')).toMatch(/AlwaysOn/);
    expect(links(design)).toEqual([
      'backend pool-poolfe -> sql-srv-sql-01',
      'file-store pool-poolfe -> fs-tenant',
      'office-web-apps pool-poolfe -> pool-srv-owa-01',
    ]);
    // BACKEND_NO_HA: AlwaysOn is not a Lync 2013 HA option, so the back end reads as one SQL Server.
    // EE_POOL_SINGLE_FRONT_END: an Enterprise pool of one Front End has no Front End high availability.
    expect(rules(validate(design))).toEqual(['info EE_POOL_SINGLE_FRONT_END', 'warning BACKEND_NO_HA']);
  });

  it('sfb2015-published-se-edge-gateway: SE with Mediation, single Edge, PSTN gateway trunk, dial-in, CMS', () => {
    const { design } = load('sfb2015-published-se-edge-gateway.xml');
    const se = design.pools.find((p) => p.fqdn === 'skypefe.contoso.com')!;
    expect(design.servers.find((s) => s.poolId === se.id)!.role).toBe('standard-edition');
    expect(se).toMatchObject({ collocatedMediation: true, centralManagementStore: true, features: { dialInConferencing: true, enterpriseVoice: true, conferencing: true } });
    expect(design.gateways.map((g) => g.address)).toEqual(['sbc1.contoso.com']);
    expect(links(design)).toEqual([
      'backend pool-skypefe -> sql-skypefe-rtc',
      'edge pool-skypefe -> pool-edge',
      'file-store pool-skypefe -> fs-skypefe',
      'next-hop pool-edge -> pool-skypefe',
      'trunk gw-sbc1 -> pool-skypefe',
    ]);
    // EDGE_POOL_SIZE: one Edge server, no HA for remote access. OWA_MISSING: full conferencing, no OWA server.
    expect(rules(validate(design))).toEqual(['warning EDGE_POOL_SIZE', 'warning OWA_MISSING']);
  });
});
