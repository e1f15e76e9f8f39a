/**
 * Command-line start-up benchmark: whole-process wall time of the validator on the small reference design
 * and on a generated design of 10,000 elements, as a user or a CI job runs it. Beside it, in the same run
 * and alternating: bare `node -e 0` (the floor no command can beat) and the same command run from source
 * through tsx (what `npm run validate` cost before the CLI was compiled).
 * Targets: small design <= 0.4 s, 10,000 elements <= 0.6 s (compiled, median).
 *
 *   npm run bench:cli
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeDesign } from '../src/document/serialize';
import { generateDesign } from '../src/domain/testing/generate-design';

const RUNS = 7;
const dir = mkdtempSync(join(tmpdir(), 'cli-bench-'));
const big = join(dir, 'generated-10000.json');
writeFileSync(big, serializeDesign(generateDesign({ seed: 2013, elements: 10_000 })));
const small = new URL('../../shared/fixtures/reference-small.json', import.meta.url).pathname;

execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
const tsx = join('node_modules', '.bin', 'tsx');

type Variant = { name: string; cmd: string; args: (file: string) => string[] };
const variants: Variant[] = [
  { name: 'node -e 0 (floor)', cmd: process.execPath, args: () => ['-e', '0'] },
  { name: 'compiled validate', cmd: process.execPath, args: (f) => ['dist-cli/validate.mjs', f] },
  { name: 'tsx src/cli/validate.ts', cmd: tsx, args: (f) => ['src/cli/validate.ts', f] },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

for (const [label, file, target] of [
  ['small reference design', small, 0.4],
  ['10,000 generated elements', big, 0.6],
] as const) {
  const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const v of variants) {
      const t0 = performance.now();
      const r = spawnSync(v.cmd, v.args(file), { stdio: 'ignore' });
      const s = (performance.now() - t0) / 1000;
      if (r.status === null || r.status > 1) throw new Error(`${v.name} failed on ${file} (status ${r.status})`);
      times.get(v.name)!.push(s);
    }
  }
  const compiled = median(times.get('compiled validate')!);
  console.log(`\n${label} (median of ${RUNS}, alternating)`);
  for (const v of variants) {
    const m = median(times.get(v.name)!);
    console.log(`  ${v.name.padEnd(26)} ${m.toFixed(3)} s   ${(m / compiled).toFixed(2)}x compiled`);
  }
  console.log(`  target compiled <= ${target} s: ${compiled <= target ? 'met' : 'MISSED'}`);
}
