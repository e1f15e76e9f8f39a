/**
 * Canvas benchmark: the designer's production build beside two baselines in the same run, alternating: a
 * plain React Flow page of the same nodes and Excalidraw holding the same count of boxes with text (both
 * built from bench/pages). Headless Chromium, driven through CDP with input streamed at 120 Hz (harness.ts).
 * Not part of `npm test`; on a shared machine absolute times are noisy, so read the ratios.
 *
 *   npm run bench:canvas                         sizes 1000,3000,10000,20000 elements
 *   npm run bench:canvas -- --sizes=1000,3000    other sizes (or BENCH_SIZES)
 *   --rounds=N                                   rounds per size (each app once per round, order alternating)
 *   --apps=designer,reactflow,excalidraw         a subset
 *   --sizes=none                                 no sizes: only the first paint and the CLI
 *
 * Per app and size: open (load call -> canvas painted; -> tab answers input; longest task), JS heap, ms per
 * visual update (median/p95) for drag, pan and wheel zoom. Designer only: edit -> finding badge, undo/redo (40 each),
 * heap growth per 100 undo steps (100 real drags). Once per run: first paint of the sample under 4x CPU
 * throttling against the plain React Flow page; the CLI's whole-process wall time.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import type { Design } from '../src/domain/design';
import { generateDesign } from '../src/domain/testing/generate-design';
import { LIMITS } from '../src/domain/limits';
import { editToBadge, heapMb, manyDrags, median, openDesign, percentile, streamGesture, timedActions, type Gesture, type Open } from './canvas/harness';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (arg('sizes') ?? process.env.BENCH_SIZES ?? '1000,3000,10000,20000').split(',').map(Number).filter((n) => n > 0);
const ROUNDS = Number(arg('rounds') ?? 1);
const APPS = (arg('apps') ?? 'designer,reactflow,excalidraw').split(',') as App[];
type App = 'designer' | 'reactflow' | 'excalidraw';
const GESTURES: Gesture[] = ['drag', 'pan', 'zoom'];
/** The server dragged in every app (the same box at the same place). */
const NODE = 'c1-fe-s1';

interface Sample {
  open: Open;
  heap: number;
  gestures: Record<Gesture, number[]>;
  edit?: number[];
  undo?: number[];
  redo?: number[];
  heapPer100Undo?: number;
}

/** The designer behind the same `__bench` interface the baseline pages offer. */
function installDesignerAdapter(): void {
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  const hook = window.__designer!;
  window.__bench = {
    async load(doc) {
      const result = await hook.load!(doc);
      if (!result.ok) throw new Error(result.error);
      let last = -1;
      for (let stable = 0; stable < 5; ) {
        await frame();
        const n = document.querySelectorAll('.react-flow__node').length;
        if (n === last && n > 0) stable++;
        else [stable, last] = [0, n];
      }
    },
    probe: (id) =>
      `${document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.style.transform}|${document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform}`,
    pointOf(id) {
      const r = document.querySelector(`.react-flow__node[data-id="${id}"]`)!.getBoundingClientRect();
      return { x: r.x + Math.min(40, r.width / 2), y: r.y + Math.min(20, r.height / 2) };
    },
    setViewport: (x, y, zoom) => void hook.flow!.setViewport({ x, y, zoom }),
  };
}

async function startPage(browser: Browser, url: string): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx compiles with esbuild's keepNames, whose __name() helper then appears inside evaluated functions.
  await context.addInitScript('globalThis.__name = (f) => f;');
  // Snap to grid (on by default) moves a dragged node only every 10 px, which would count as fewer, slower
  // visual updates; the baselines do not snap, so neither does the designer here.
  await context.addInitScript(() => {
    try {
      localStorage.setItem('lync-designer:preferences', JSON.stringify({ snapToGrid: false, showMinimap: true, showProblems: true }));
    } catch {
      /* a page without storage: the baseline pages ignore it anyway */
    }
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  return { page, cdp, close: () => context.close() };
}

async function measure(browser: Browser, app: App, urls: Record<App, string>, design: Design, elements: number): Promise<Sample> {
  const { page, cdp, close } = await startPage(browser, urls[app]);
  try {
    if (app === 'designer') {
      await page.locator('.react-flow').waitFor();
      await page.evaluate(installDesignerAdapter);
    } else await page.waitForFunction(() => window.__bench !== undefined);
    const open = await openDesign(page, design);
    const heap = await heapMb(cdp);
    await page.evaluate(() => window.__bench!.setViewport(40, 40, 1));
    await page.waitForTimeout(300);
    const gestures = {} as Record<Gesture, number[]>;
    for (const g of GESTURES) {
      const start =
        g === 'drag'
          ? await page.evaluate((id) => window.__bench!.pointOf(id), NODE)
          : app === 'excalidraw'
            ? { x: 900, y: 600 }
            : await page.evaluate((g) => {
                const r = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
                return g === 'pan' ? { x: r.x + 12, y: r.y + 12 } : { x: r.x + r.width / 2, y: r.y + r.height / 2 };
              }, g);
      const result = await streamGesture(page, cdp, g, {
        nodeId: NODE,
        start,
        panButton: app === 'excalidraw' ? 'middle' : 'left',
        zoomModifiers: app === 'excalidraw' ? 2 : 0,
      });
      gestures[g] = result.updates;
      await page.evaluate(() => window.__bench!.setViewport(40, 40, 1));
      await page.waitForTimeout(300);
    }
    const sample: Sample = { open, heap, gestures };
    if (app === 'designer') {
      const edit: number[] = [];
      // 40 timed edits, undos and redos: the 95th percentile of 20 samples is just the slowest one.
      for (let i = 0; i < 46; i++) {
        const t = await editToBadge(page, 'c1-fe', i % 2 === 0 ? 'none' : 'dns-and-hardware');
        if (i >= 6) edit.push(t); // the first edits after loading run cold (JIT)
        await page.waitForTimeout(700); // autosave runs in the pause, as between a user's edits
      }
      sample.edit = edit;
      if (elements <= 10_000) {
        const before = await heapMb(cdp);
        await manyDrags(page, NODE, 100);
        await page.waitForTimeout(800);
        sample.heapPer100Undo = (await heapMb(cdp)) - before;
      }
      sample.undo = await timedActions(page, 'undo', 40);
      sample.redo = await timedActions(page, 'redo', 40);
    }
    return sample;
  } finally {
    await close();
  }
}

/** First paint of the small sample with the CPU slowed 4x: the designer's `/` against the plain page's `?sample`. */
async function coldPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => (document.querySelector('.react-flow__node') ? performance.now() : 0), null, { polling: 'raf', timeout: 60_000 });
  const t = (await handle.jsonValue()) as number;
  await context.close();
  return t;
}

function cliTimes(): { small: number[]; large: number[]; node: number[] } | undefined {
  const bin = resolve('dist-cli/validate.mjs');
  if (!existsSync(bin)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'lync-cli-bench-'));
  const large = join(dir, 'large.json');
  writeFileSync(large, JSON.stringify(generateDesign({ seed: 7, elements: 10_000, withLayout: true })));
  const small = resolve('src/document/samples/reference-small.json');
  const time = (args: string[]) => {
    const t0 = performance.now();
    try {
      execFileSync(process.execPath, args, { stdio: 'ignore' });
    } catch {
      /* validate exits 1 when the design has errors: the time still counts */
    }
    return performance.now() - t0;
  };
  const out = { small: [] as number[], large: [] as number[], node: [] as number[] };
  for (let i = 0; i < 7; i++) {
    out.node.push(time(['-e', '']));
    out.small.push(time([bin, small]));
    out.large.push(time([bin, large]));
  }
  return out;
}

const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '-');

async function main(): Promise<void> {
  // Per checkout: two worktrees benchmarking on one machine must not build into each other's folder.
  const root = join(tmpdir(), `lync-designer-canvas-bench-${basename(process.cwd())}`);
  process.stderr.write('building the designer and the baseline pages...\n');
  await build({ build: { outDir: join(root, 'app'), emptyOutDir: true }, logLevel: 'warn' });
  await build({ configFile: resolve('bench/pages/vite.config.ts'), build: { outDir: join(root, 'pages'), emptyOutDir: true }, logLevel: 'warn' });
  const servers: PreviewServer[] = [];
  const serve = async (outDir: string, port: number, configFile?: string) => {
    const s = await preview({ configFile: configFile ?? false, root: outDir, build: { outDir }, preview: { port, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
    servers.push(s);
    return s.resolvedUrls!.local[0]!;
  };
  const appUrl = await serve(join(root, 'app'), 4191);
  const pagesUrl = await serve(join(root, 'pages'), 4192);
  const urls: Record<App, string> = { designer: appUrl, reactflow: `${pagesUrl}reactflow.html`, excalidraw: `${pagesUrl}excalidraw.html` };
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results = new Map<string, Sample[]>();
  const all = (key: string, pick: (s: Sample) => readonly number[] | number | undefined) =>
    (results.get(key) ?? []).flatMap((s) => {
      const v = pick(s);
      return v === undefined ? [] : typeof v === 'number' ? [v] : [...v];
    });
  /** Print a size's table as soon as it is measured (a long run can be cut short without losing it). */
  const report = (elements: number) => {
    const rows: Record<string, Record<string, string>> = {};
    const metric = (name: string, pick: (s: Sample) => readonly number[] | number | undefined, stat: (v: number[]) => number) => {
      const v = Object.fromEntries(APPS.map((a) => [a, stat(all(`${elements}:${a}`, pick))])) as Record<App, number>;
      rows[name] = {
        ...Object.fromEntries(APPS.map((a) => [a, f(v[a])])),
        'vs React Flow': ratio(v.designer, v.reactflow),
        'vs Excalidraw': ratio(v.designer, v.excalidraw),
      };
    };
    metric('open: canvas shown', (s) => s.open.shown, median);
    metric('open: answers input', (s) => s.open.answers, median);
    metric('open: longest task', (s) => s.open.maxTask, (v) => Math.max(...v));
    for (const g of GESTURES) {
      metric(`${g}: ms/update median`, (s) => s.gestures[g], median);
      metric(`${g}: ms/update p95`, (s) => s.gestures[g], (v) => percentile(v, 95));
      metric(`${g}: updates seen`, (s) => s.gestures[g].length, median);
    }
    metric('JS heap (MB)', (s) => s.heap, median);
    metric('edit -> badge median', (s) => s.edit, median);
    metric('edit -> badge p95', (s) => s.edit, (v) => percentile(v, 95));
    metric('undo p95', (s) => s.undo, (v) => percentile(v, 95));
    metric('redo p95', (s) => s.redo, (v) => percentile(v, 95));
    metric('heap growth / 100 undo steps (MB)', (s) => s.heapPer100Undo, median);
    console.log(`\n${elements} elements; load average ${loadavg()[0]!.toFixed(1)}; ${ROUNDS} round(s); times in ms; ratios are designer / baseline`);
    console.table(rows);
  };
  let cold: { designer: number[]; reactflow: number[] } = { designer: [], reactflow: [] };
  try {
    for (const elements of SIZES) {
      // The generator may overshoot by a few elements: stay inside the designer's limit (20,000).
      const design = generateDesign({ seed: 7, elements: Math.min(elements, LIMITS.elements - 50), withLayout: true });
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? APPS : [...APPS].reverse();
        for (const app of order) {
          process.stderr.write(`${elements} elements, ${app} (round ${round + 1})...\n`);
          const s = await measure(browser, app, urls, design, elements);
          const key = `${elements}:${app}`;
          results.set(key, [...(results.get(key) ?? []), s]);
        }
      }
      report(elements);
    }
    process.stderr.write('first paint under 4x CPU throttling...\n');
    cold = { designer: [], reactflow: [] };
    // Nine of each, alternating: one throttled load ranges over +-15% on this machine, and the median of three
    // moved the ratio between 1.2x and 1.45x from one run to the next.
    for (let i = 0; i < 9; i++) {
      cold.designer.push(await coldPaint(browser, urls.designer));
      cold.reactflow.push(await coldPaint(browser, `${urls.reactflow}?sample`));
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }

  console.log(
    `\nfirst paint of the sample, 4x CPU throttling: designer ${f(median(cold.designer))} ms, plain React Flow ${f(median(cold.reactflow))} ms (${ratio(median(cold.designer), median(cold.reactflow))})`,
  );
  const cli = cliTimes();
  if (cli) {
    console.log(
      `CLI validate, whole process: small ${f(median(cli.small))} ms, 10k elements ${f(median(cli.large))} ms; bare \`node -e ''\` ${f(median(cli.node))} ms (${ratio(median(cli.small), median(cli.node))} of it)`,
    );
  } else console.log('CLI: dist-cli/validate.mjs not built (npm run build:cli)');

  const v = (e: number, a: App, pick: (s: Sample) => readonly number[] | number | undefined, stat = median) => stat(all(`${e}:${a}`, pick));
  const checks: [string, boolean | undefined][] = [];
  const has = (e: number) => SIZES.includes(e);
  if (has(10_000)) {
    for (const g of ['drag', 'pan'] as const) checks.push([`${g} at 10k <= 16.7 ms/update (median)`, v(10_000, 'designer', (s) => s.gestures[g]) <= 16.7 + 0.5]);
    checks.push(['undo/redo p95 <= 50 ms at 10k', Math.max(v(10_000, 'designer', (s) => s.undo, (x) => percentile(x, 95)), v(10_000, 'designer', (s) => s.redo, (x) => percentile(x, 95))) <= 50]);
  }
  for (const e of [3000, 10_000].filter(has))
    if (APPS.includes('excalidraw'))
      for (const g of ['drag', 'pan'] as const) {
        // Both apps often run at the display rate, where the medians are one frame (16.7 ms) and differ only by
        // timer noise: "not behind" then means no later in median or p95 by more than half a millisecond, and at
        // least as many updates seen in the same gesture, less one: the two-second gesture spans 120 or 121
        // frames depending on where it starts between two vsyncs.
        const d = (s: Sample) => s.gestures[g];
        const notBehind =
          v(e, 'designer', d) <= v(e, 'excalidraw', d) + 0.5 &&
          v(e, 'designer', d, (x) => percentile(x, 95)) <= v(e, 'excalidraw', d, (x) => percentile(x, 95)) + 0.5 &&
          v(e, 'designer', (s) => d(s).length) >= v(e, 'excalidraw', (s) => d(s).length) - 1;
        checks.push([`${g} at ${e}: not behind Excalidraw (median, p95, updates seen)`, notBehind]);
      }
  if (has(3000)) {
    checks.push(['edit -> badge p95 <= 50 ms at 3k', v(3000, 'designer', (s) => s.edit, (x) => percentile(x, 95)) <= 50]);
    checks.push(['heap growth <= 5 MB per 100 undo steps at 3k', v(3000, 'designer', (s) => s.heapPer100Undo) <= 5]);
  }
  if (has(20_000)) {
    checks.push(['open 20k: canvas shown <= 3 s', v(20_000, 'designer', (s) => s.open.shown) <= 3000]);
    checks.push(['open 20k: no task over 200 ms', v(20_000, 'designer', (s) => s.open.maxTask, (x) => Math.max(...x)) <= 200]);
  }
  if (APPS.includes('reactflow')) checks.push(['first paint (4x throttled) <= 1.3x plain React Flow', median(cold.designer) <= 1.3 * median(cold.reactflow)]);
  if (cli) {
    checks.push(['CLI validate small <= 400 ms', median(cli.small) <= 400]);
    checks.push(['CLI validate 10k <= 600 ms', median(cli.large) <= 600]);
  }
  for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'MISS'}  ${name}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
