/**
 * Canvas benchmark: the production build in headless Chromium, driven by Playwright, on seeded designs of
 * about 200, 1,000 and 3,000 canvas nodes. Run with `npm run bench:canvas`; it builds into a directory of
 * its own (so a build running elsewhere in the tree cannot pull the files from under it). Not part of
 * `npm test`: timings on a shared machine are noisy, so read ratios and compare with notes/performance.md.
 *
 * Measures: time from loading a design to a stable painted canvas; frame times (requestAnimationFrame
 * deltas) while dragging a server and a site with the mouse at working zoom (1.0) and a server at the
 * lowest zoom; time from one property edit to the updated finding badge; node components re-rendered by that edit;
 * JS heap after garbage collection.
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import type { Design } from '../src/domain/design';
import { generateDesign } from '../src/domain/testing/generate-design';

const TARGETS = (process.env.BENCH_NODES ?? '200,1000,3000').split(',').map(Number);
/** BENCH_MINIMAP=off measures without the MiniMap (a user preference), to show what it costs. */
const MINIMAP = process.env.BENCH_MINIMAP !== 'off';
const EDIT_RUNS = 30;
const WARMUP_EDITS = 6;
/** Pause between timed edits, as between a user's edits: autosave (500 ms after an edit) runs in the pause. */
const EDIT_PAUSE_MS = 700;

const nodeCount = (d: Design) =>
  d.sites.length + d.pools.length + d.servers.length + d.sqlInstances.length + d.fileStores.length + d.gateways.length;

/** The smallest seeded design with at least `target` canvas nodes. */
function designWithNodes(target: number): Design {
  let elements = target;
  for (;;) {
    const d = generateDesign({ seed: 7, elements });
    const n = nodeCount(d);
    if (n >= target) return d;
    elements = Math.ceil((elements * target) / n) + 5;
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const median = (v: number[]) => percentile(v, 50);
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
}

/** Load a design through the window hook and wait until the set of rendered nodes is stable for 5 frames. */
async function loadAndPaint(page: Page, design: Design): Promise<{ ms: number; rendered: number }> {
  return page.evaluate(async (doc) => {
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    const result = window.__designer!.load!(doc);
    if (!result.ok) throw new Error(result.error);
    let last = -1;
    let lastChange = t0;
    for (let stable = 0; stable < 5; ) {
      const t = await frame();
      const n = document.querySelectorAll('.react-flow__node').length;
      if (n === last && n > 0) stable++;
      else {
        stable = 0;
        last = n;
        lastChange = t;
      }
    }
    return { ms: lastChange - t0, rendered: last };
  }, design as unknown as Record<string, unknown>);
}

async function setViewport(page: Page, x: number, y: number, zoom: number): Promise<void> {
  await page.evaluate(({ x, y, zoom }) => window.__designer!.flow!.setViewport({ x, y, zoom }), { x, y, zoom });
  await page.waitForTimeout(300);
}


/** Frame times while the mouse drags from a point along a loop and lets go near where it started. */
async function dragFrames(page: Page, from: { x: number; y: number }, radius: number, steps = 90): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __rec: boolean };
    w.__frames = [];
    w.__rec = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__rec) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    await page.mouse.move(from.x + Math.sin(a) * radius, from.y + (1 - Math.cos(a)) * radius * 0.5);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __rec: boolean };
    w.__rec = false;
    return w.__frames.slice(1);
  });
  await page.waitForTimeout(300);
  return frames;
}

async function nodeBox(page: Page, id: string) {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`node ${id} is not on screen`);
  return box;
}

/** One property edit that toggles a finding on a pool, timed until its badge changed and a frame passed. */
async function editToBadge(page: Page, poolId: string, value: string): Promise<number> {
  return page.evaluate(
    async ({ poolId, value }) => {
      const el = document.querySelector(`.react-flow__node[data-id="${poolId}"]`)!;
      const read = () => el.querySelector('.finding-badge')?.getAttribute('title') ?? '';
      const before = read();
      const t0 = performance.now();
      const changed = new Promise<void>((resolve) => {
        const mo = new MutationObserver(() => {
          if (read() !== before) {
            mo.disconnect();
            resolve();
          }
        });
        mo.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      window.__designer!.run!({ op: 'update', id: poolId, patch: { loadBalancing: value } });
      await changed;
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    },
    { poolId, value },
  );
}

async function rendersForOneEdit(page: Page, poolId: string, value: string): Promise<number> {
  return page.evaluate(
    async ({ poolId, value }) => {
      const hook = window.__designer!;
      hook.stats!.reset();
      hook.run!({ op: 'update', id: poolId, patch: { loadBalancing: value } });
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      return hook.stats!.nodeRenders();
    },
    { poolId, value },
  );
}

interface Row {
  nodes: number;
  paint: number;
  rendered: number;
  server: number[];
  site: number[];
  serverFar: number[];
  /** Nodes in the DOM when zoomed out. */
  inView: number;
  /** The first (warm-up) edits after the load and the drags. */
  cold: number[];
  edit: number[];
  renders: number;
  heap: number;
}

async function measure(page: Page, cdp: CDPSession, design: Design): Promise<Row> {
  await page.goto('/');
  await page.locator('.react-flow').waitFor();
  const paint = await loadAndPaint(page, design);
  await page.waitForTimeout(500);
  const heap = await heapMb(cdp);

  // Working zoom, on the first central site.
  await setViewport(page, 40, 40, 1);
  const server = await nodeBox(page, 'c1-fe-s1');
  const serverFrames = [
    ...(await dragFrames(page, { x: server.x + 40, y: server.y + server.height / 2 }, 40)),
    ...(await dragFrames(page, { x: server.x + 40, y: server.y + server.height / 2 }, 40)),
  ];
  const site = await nodeBox(page, 'c1');
  const siteFrames = await dragFrames(page, { x: site.x + 200, y: site.y + 15 }, 60);

  // The first edits after loading run colder (JIT, garbage from the drags); they are reported apart.
  const cold: number[] = [];
  for (let i = 0; i < WARMUP_EDITS; i++) {
    cold.push(await editToBadge(page, 'c1-fe', i % 2 === 0 ? 'none' : 'dns-and-hardware'));
    await page.waitForTimeout(EDIT_PAUSE_MS);
  }
  const edit: number[] = [];
  for (let i = 0; i < EDIT_RUNS; i++) {
    edit.push(await editToBadge(page, 'c1-fe', i % 2 === 0 ? 'none' : 'dns-and-hardware'));
    await page.waitForTimeout(EDIT_PAUSE_MS);
  }
  const renders = await rendersForOneEdit(page, 'c1-fe', 'none');

  // Zoomed out as far as the canvas goes (0.05), from the first site on: the generated designs are wider
  // than the screen even then, so this shows as many nodes as the viewport can hold.
  await setViewport(page, 20, 300, 0.05);
  const inView = await page.locator('.react-flow__node').count();
  const far = await nodeBox(page, 'c1-fe-s1');
  const serverFar = await dragFrames(page, { x: far.x + far.width / 2, y: far.y + far.height / 2 }, 30, 60);
  return { nodes: nodeCount(design), paint: paint.ms, rendered: paint.rendered, server: serverFrames, site: siteFrames, serverFar, inView, cold, edit, renders, heap };
}

async function main(): Promise<void> {
  const outDir = join(tmpdir(), 'lync-designer-canvas-bench');
  await build({ build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  const server = await preview({ build: { outDir }, preview: { port: 4190, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/';
  const browser = await chromium.launch(chromiumLaunchOptions());
  const rows: Row[] = [];
  try {
    for (const target of TARGETS) {
      const context = await browser.newContext({ baseURL: url, viewport: { width: 1440, height: 900 } });
      // tsx compiles with esbuild's keepNames, whose __name() helper then appears inside evaluated functions.
      await context.addInitScript('globalThis.__name = (f) => f;');
      if (!MINIMAP) {
        await context.addInitScript(() =>
          localStorage.setItem('lync-designer:preferences', JSON.stringify({ snapToGrid: true, showMinimap: false, showProblems: true })),
        );
      }
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const design = designWithNodes(target);
      process.stderr.write(`measuring ${nodeCount(design)} nodes (${design.links.length} links)...\n`);
      rows.push(await measure(page, cdp, design));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const table = rows.map((r) => ({
    'canvas nodes': r.nodes,
    'load → painted': ms(r.paint),
    'nodes in DOM': r.rendered,
    'drag server: median / p95': `${ms(median(r.server))} / ${ms(percentile(r.server, 95))}`,
    'drag site: median / p95': `${ms(median(r.site))} / ${ms(percentile(r.site, 95))}`,
    'drag server at zoom 0.05: median / p95 (nodes in DOM)': `${ms(median(r.serverFar))} / ${ms(percentile(r.serverFar, 95))} (${r.inView})`,
    'edit → badge: first edits max': ms(Math.max(...r.cold)),
    'edit → badge: median / p95': `${ms(median(r.edit))} / ${ms(percentile(r.edit, 95))}`,
    'nodes re-rendered by 1 edit': r.renders,
    'JS heap': `${r.heap.toFixed(1)} MB`,
  }));
  console.log(`MiniMap ${MINIMAP ? 'on' : 'off'}; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
  console.table(table);
  if (process.env.BENCH_DEBUG) for (const r of rows) console.log(r.nodes, 'edits (ms):', [...r.cold, ...r.edit].map((v) => v.toFixed(0)).join(' '));
  const last = rows.at(-1)!;
  const checks = [
    ['drag server median <= 17 ms up to 1,000 nodes', rows.filter((r) => r.nodes <= 1100).every((r) => median(r.server) <= 17)],
    ['drag server p95 <= 50 ms at 3,000 nodes', percentile(last.server, 95) <= 50],
    ['one edit re-renders <= changed nodes (1) + 2', rows.every((r) => r.renders <= 3)],
    ['edit → badge p95 <= 100 ms at 3,000 nodes', percentile(last.edit, 95) <= 100],
    ['JS heap <= 50 MB at 3,000 nodes', last.heap <= 50],
  ] as const;
  for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'MISS'}  ${name}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
