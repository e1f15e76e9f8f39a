/**
 * Seeded generator of valid, realistic designs for benchmarks and property tests. The same seed and size
 * always give the same design. Proportions follow the reference topologies: each central site has an
 * Enterprise pool with a mirrored back end, a file store, Edge, Director, Office Web Apps and a gateway;
 * each central site has a few branches with a survivable branch appliance and a gateway.
 */
import type { Design } from '../design';
import { emptyDesign } from '../design';
import { setOwn } from '../elements/layout';
import type { Link, LinkKind } from '../elements/link';
import type { ServerRole } from '../elements/server';

/** Mulberry32: a tiny, well-known 32-bit PRNG; good enough for test data and fully reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  seed: number;
  /** Approximate number of elements (sites, pools, servers, SQL instances, file stores, gateways, links). */
  elements: number;
  /** Include layout entries for every element (as a saved design would). */
  withLayout?: boolean;
}

export function generateDesign({ seed, elements, withLayout = false }: GenerateOptions): Design {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const d = emptyDesign(`Generated ${elements} (seed ${seed})`);
  d.primarySipDomain = 'example.com';
  const layout: NonNullable<Design['layout']> = {};
  let count = 0;
  const place = (id: string, x: number, y: number) => {
    if (withLayout) setOwn(layout, id, { x, y });
  };
  const link = (kind: LinkKind, from: string, to: string) => {
    const l: Link = { id: `l${d.links.length + 1}`, kind, from, to };
    d.links.push(l);
    count++;
  };
  const pool = (siteId: string, id: string, role: ServerRole, servers: number, extra: Partial<Design['pools'][number]> = {}) => {
    d.pools.push({ id, siteId, fqdn: `${id}.example.com`, ...extra });
    place(id, 20 + (d.pools.length % 5) * 260, 40);
    count++;
    for (let i = 1; i <= servers; i++) {
      const sid = `${id}-s${i}`;
      d.servers.push({ id: sid, poolId: id, fqdn: `${sid}.example.com`, role });
      place(sid, 10, 30 + i * 40);
      count++;
    }
  };

  for (let c = 1; count < elements; c++) {
    const site = `c${c}`;
    d.sites.push({ id: site, name: `Central ${c}`, kind: 'central' });
    place(site, (c - 1) * 1400, 0);
    count++;
    const fe = `${site}-fe`;
    const feServers = int(3, 8);
    pool(site, fe, 'front-end', feServers, {
      users: feServers * int(3000, 6000),
      loadBalancing: 'dns-and-hardware',
      internalWebFqdn: `${fe}-web.example.com`,
      centralManagementStore: c === 1,
      collocatedMediation: true,
      features: { conferencing: true, enterpriseVoice: true, monitoring: rnd() < 0.5 },
    });
    for (const [suffix, edition] of [['be1', 'enterprise'], ['be2', 'enterprise'], ['wit', 'standard']] as const) {
      d.sqlInstances.push({ id: `${site}-${suffix}`, siteId: site, host: `${site}-${suffix}.example.com`, instance: 'rtc', edition, version: '2012' });
      place(`${site}-${suffix}`, 1000, 40 + d.sqlInstances.length * 10);
      count++;
    }
    link('backend', fe, `${site}-be1`);
    link('mirror', `${site}-be1`, `${site}-be2`);
    link('witness', `${site}-be1`, `${site}-wit`);
    if (d.pools.at(-1)?.features?.monitoring) link('monitoring-store', fe, `${site}-be1`);
    d.fileStores.push({ id: `${site}-fs`, siteId: site, host: `${site}-fs.example.com`, share: 'lync' });
    count++;
    link('file-store', fe, `${site}-fs`);
    pool(site, `${site}-edge`, 'edge', int(2, 4), { loadBalancing: 'dns', federation: c === 1 });
    link('next-hop', `${site}-edge`, fe);
    link('edge', fe, `${site}-edge`);
    pool(site, `${site}-dir`, 'director', 2, { loadBalancing: 'hardware' });
    d.fileStores.push({ id: `${site}-dfs`, siteId: site, host: `${site}-dfs.example.com`, share: 'dir' });
    count++;
    link('file-store', `${site}-dir`, `${site}-dfs`);
    pool(site, `${site}-owa`, 'office-web-apps', int(1, 2));
    link('office-web-apps', fe, `${site}-owa`);
    d.gateways.push({ id: `${site}-gw`, siteId: site, address: `${site}-gw.example.com` });
    count++;
    link('trunk', `${site}-gw`, fe);
    if (c > 1) link('pairing', fe, `c${c - 1}-fe`);

    const branches = int(2, 6);
    for (let b = 1; b <= branches && count < elements; b++) {
      const branch = `${site}-b${b}`;
      d.sites.push({ id: branch, name: `Branch ${c}.${b}`, kind: 'branch', centralSiteId: site });
      place(branch, (c - 1) * 1400 + b * 200, 900);
      count++;
      pool(branch, `${branch}-sba`, 'survivable-branch-appliance', 1, {
        users: int(25, 1000),
        features: { enterpriseVoice: true },
      });
      link('registrar', `${branch}-sba`, fe);
      d.gateways.push({ id: `${branch}-gw`, siteId: branch, address: `${branch}-gw.example.com` });
      count++;
      link('trunk', `${branch}-gw`, `${branch}-sba`);
    }
  }
  if (withLayout) d.layout = layout;
  return d;
}
