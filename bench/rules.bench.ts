/**
 * Rule engine benchmark: a full validate() over seeded generated designs of 500 to 10,000 elements.
 * Each timed run validates a fresh design object (made before the clock starts; see freshCopy), so
 * neither validate's nor the design index's identity memo can answer from cache.
 * Targets: 5,000 elements <= 10 ms median, and a 10k/5k median ratio <= 2.2 (linear growth).
 *
 *   npm run bench:rules           the table (npm run bench runs every benchmark)
 *   npm run bench:rules -- --by-rule    also the slowest rules on the largest design
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { COLLECTIONS, type Design } from '../src/domain/design';
import { elementCount } from '../src/domain/queries';
import { generateDesign } from '../src/domain/testing/generate-design';
import { ALL_RULES } from '../src/rules/all-rules';
import { RuleContext } from '../src/rules/context';
import { validate } from '../src/rules/engine';

const SIZES = [500, 2_000, 5_000, 10_000];
const RUNS = 30;
const WARMUP = 20; // enough for the rules to reach optimised code before the clock runs
const SEED = 2013;
const TARGET_MEDIAN_5K_MS = 10;
const TARGET_RATIO = 2.2;

// Garbage collection on demand, outside the clock (see measure).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

interface Row {
  size: number;
  elements: number;
  findings: number;
  median: number;
  p95: number;
  min: number;
  /** Median CPU time of the process per run: less disturbed than wall time when other work shares the cores. */
  cpuMedian: number;
}

/**
 * A fresh design object as an edit in the app makes one: a new document and new collection arrays around the
 * same element objects (commands share every untouched element). validate() and the design index memoise on
 * the document's identity only, so each copy is validated from scratch.
 */
function freshCopy(design: Design): Design {
  const copy: Design = { ...design };
  for (const c of COLLECTIONS) (copy as Record<string, unknown>)[c] = [...design[c]];
  return copy;
}

async function measure(size: number): Promise<Row> {
  const base = generateDesign({ seed: SEED, elements: size });
  // Start each size from a clean heap, with the concurrent sweeper done.
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 250));
  const times: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const design = freshCopy(base);
    // In the app a validation follows an edit, after idle time in which V8 clears the young generation;
    // clear it here too (outside the clock), so no run pays for the garbage of the run before it. (A full
    // collection here would be worse than none: V8 then shrinks the young generation for the next run.)
    collectGarbage({ type: 'minor' });
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    findings = validate(design).length;
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (i < WARMUP) continue;
    times.push(ms);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    size,
    elements: elementCount(base),
    findings,
    median: percentile(times, 50),
    p95: percentile(times, 95),
    min: times[0]!,
    cpuMedian: percentile(cpu, 50),
  };
}

/**
 * Time each rule alone on one design. Every rule runs once untimed first, so the context's shared lookups
 * are built and the figures are each rule's own cost.
 */
function byRule(size: number): void {
  const base = generateDesign({ seed: SEED, elements: size });
  // The fastest of the runs: on a shared machine the minimum is the figure least disturbed by other load.
  const best = new Map<string, number>(ALL_RULES.map((r) => [r.id, Infinity]));
  for (let run = 0; run < RUNS; run++) {
    const ctx = new RuleContext(freshCopy(base));
    for (const rule of ALL_RULES) rule.check(ctx);
    collectGarbage();
    for (const rule of ALL_RULES) {
      const start = performance.now();
      rule.check(ctx);
      best.set(rule.id, Math.min(best.get(rule.id)!, performance.now() - start));
    }
  }
  const slowest = [...best].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const sum = [...best.values()].reduce((a, b) => a + b, 0);
  console.log(`\nSlowest rules at ${size.toLocaleString('en-US')} elements (best of ${RUNS}, ms; all rules ${sum.toFixed(2)}):`);
  for (const [id, ms] of slowest) console.log(`  ${id.padEnd(36)} ${ms.toFixed(3)}`);
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);
const rows: Row[] = [];
for (const size of SIZES) rows.push(await measure(size));
console.log(`validate(): ${RUNS} runs per size after ${WARMUP} warm-up runs, seed ${SEED}, ${ALL_RULES.length} rules, Node ${process.version}\n`);
console.log('  target size | elements | findings | median ms |   p95 ms |   min ms | CPU median ms');
console.log('  ------------|----------|----------|-----------|----------|----------|--------------');
for (const r of rows) {
  console.log(
    `  ${r.size.toLocaleString('en-US').padStart(11)} | ${String(r.elements).padStart(8)} | ${String(r.findings).padStart(8)} | ${fmt(r.median)}  | ${fmt(r.p95)} | ${fmt(r.min)} | ${fmt(r.cpuMedian)}`,
  );
}
const load = loadavg()[0]!;
if (load > cpus().length) {
  console.log(`\n  Note: load average ${load.toFixed(1)} on ${cpus().length} cores; wall times include waiting for a core.`);
}
const at = (size: number) => rows.find((r) => r.size === size)!;
const ratio = at(10_000).median / at(5_000).median;
const medianOk = at(5_000).median <= TARGET_MEDIAN_5K_MS;
const ratioOk = ratio <= TARGET_RATIO;
console.log(
  `\n  5k median ${at(5_000).median.toFixed(2)} ms (target <= ${TARGET_MEDIAN_5K_MS}): ${medianOk ? 'met' : 'MISSED'}` +
    `\n  10k/5k median ratio ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}): ${ratioOk ? 'met' : 'MISSED'}`,
);
if (process.argv.includes('--by-rule')) byRule(10_000);
