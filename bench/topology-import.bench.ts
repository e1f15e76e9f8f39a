/**
 * Topology Builder import time: each real file in ../shared/fixtures/topology-builder, and generated
 * downloaded-style .tbxml files of 10 to 400 Front End pools (each with SQL, file store, Edge and their services),
 * from bytes to the laid-out document. Median of several runs.
 *
 *   npm run bench:import
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTopologyXml } from '../src/topology-builder';
import { cluster, partial, service, site, tbxml } from '../src/topology-builder/test-support';

const FIXTURES = join(import.meta.dirname, '../../shared/fixtures/topology-builder');

function generated(pools: number): string {
  const clusters: string[] = [];
  const services: string[] = [];
  for (let i = 0; i < pools; i++) {
    clusters.push(cluster(`fe${i}`, `pool${i}.contoso.com`, [0, 1, 2].map((m) => `fe${i}-${m}.contoso.com`)));
    clusters.push(cluster(`sq${i}`, `sql${i}.contoso.com`, [], { single: true, sql: ['rtc'] }));
    clusters.push(cluster(`fs${i}`, `files${i}.contoso.com`, [], { single: true }));
    clusters.push(cluster(`ed${i}`, `edge${i}.contoso.com`, [`edge${i}a.contoso.com`, `edge${i}b.contoso.com`]));
    services.push(
      service({ id: `us${i}`, role: 'UserServices', on: `fe${i}`, deps: [`st${i}`] }),
      service({ id: `rg${i}`, role: 'Registrar', on: `fe${i}`, deps: [`us${i}`, `es${i}`] }),
      service({ id: `ws${i}`, role: 'WebServices', on: `fe${i}`, deps: [`fst${i}`] }),
      service({ id: `st${i}`, role: 'UserStore', on: `sqlsq${i}rtc` }),
      service({ id: `fst${i}`, role: 'FileStore', on: `fs${i}`, inner: '<FileStoreService xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008" ShareName="share" />' }),
      service({ id: `es${i}`, role: 'EdgeServer', on: `ed${i}`, deps: [`rg${i}`] }),
    );
  }
  return tbxml(partial({ sites: site('1', 'Redmond', clusters.join('')), services: services.join('') }));
}

function median(bytes: Uint8Array, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const result = importTopologyXml(bytes);
    times.push(performance.now() - t0);
    if (!result.ok) throw result.error;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const rows: [string, number, number][] = [];
for (const f of readdirSync(FIXTURES).filter((n) => /\.(tbxml|xml)$/.test(n))) {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, f)));
  rows.push([f, bytes.length, median(bytes, 20)]);
}
for (const pools of [10, 100, 400]) {
  const bytes = new TextEncoder().encode(generated(pools));
  rows.push([`generated, ${pools} Front End pools`, bytes.length, median(bytes, pools > 100 ? 3 : 7)]);
}
console.log('file'.padEnd(44), 'bytes'.padStart(10), 'ms (median)'.padStart(12));
for (const [name, bytes, ms] of rows) console.log(name.padEnd(44), String(bytes).padStart(10), ms.toFixed(1).padStart(12));
