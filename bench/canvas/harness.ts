/**
 * Measuring helpers of bench/canvas.bench.ts. Pointer input is streamed the way a real mouse sends it: a
 * CDP Input event every 8.3 ms (120 Hz) WITHOUT waiting for the page to handle the previous one, so a slow
 * page falls behind instead of throttling the input. What counts is "ms per visual update": the time between
 * painted frames in which the dragged node's transform or the viewport actually changed, read in-page by a
 * requestAnimationFrame loop through the page's `__bench.probe`.
 */
import type { CDPSession, Page } from '@playwright/test';

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
export const median = (v: readonly number[]) => percentile(v, 50);

export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
}

export interface Open {
  /** Load call to painted canvas. */
  shown: number;
  /** Load call to the end of the last long task: when the tab answers input again. */
  answers: number;
  /** The longest task meanwhile. */
  maxTask: number;
}

/** Open a design through the page's `__bench.load`, watching long tasks until the page has been quiet a while. */
export async function openDesign(page: Page, design: unknown): Promise<Open> {
  return page.evaluate(async (doc) => {
    const tasks: { start: number; end: number }[] = [];
    const po = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    });
    po.observe({ type: 'longtask', buffered: false });
    const t0 = performance.now();
    await window.__bench!.load(doc);
    const shown = performance.now() - t0;
    // Quiet for 1 s: no long task has started for that long.
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      const last = tasks.at(-1)?.end ?? t0;
      if (performance.now() - Math.max(last, t0 + shown) > 1000) break;
    }
    po.disconnect();
    const after = tasks.filter((t) => t.end > t0);
    return {
      shown,
      answers: Math.max(shown, ...after.map((t) => t.end - t0)),
      maxTask: Math.max(0, ...after.map((t) => t.end - Math.max(t.start, t0))),
    };
  }, design);
}

export type Gesture = 'drag' | 'pan' | 'zoom';

export interface GestureResult {
  /** ms between frames whose picture changed. */
  updates: number[];
}

const TICK_MS = 1000 / 120;

/**
 * One gesture of `steps` input events at 120 Hz. drag: press on the node and move it around a loop; pan:
 * drag the view (left button on empty canvas, or the middle button where `panButton` says so); zoom: wheel
 * in, then out.
 */
export async function streamGesture(
  page: Page,
  cdp: CDPSession,
  gesture: Gesture,
  opts: { nodeId: string; start: { x: number; y: number }; panButton: 'left' | 'middle'; zoomModifiers: number; steps?: number },
): Promise<GestureResult> {
  const steps = opts.steps ?? 240;
  await page.evaluate((id) => {
    const w = window as unknown as { __rec: { on: boolean; at: number[] } };
    const rec = (w.__rec = { on: true, at: [] as number[] });
    let last = window.__bench!.probe(id);
    const tick = (t: number) => {
      const p = window.__bench!.probe(id);
      if (p !== last) rec.at.push(t);
      last = p;
      if (rec.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, opts.nodeId);

  const { x, y } = opts.start;
  const button = gesture === 'pan' ? opts.panButton : 'left';
  const buttons = button === 'left' ? 1 : 4;
  const sent: Promise<unknown>[] = [];
  const send = (params: Record<string, unknown>) => sent.push(cdp.send('Input.dispatchMouseEvent', params as never).catch(() => {}));
  if (gesture !== 'zoom') {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button, buttons, clickCount: 1 });
  }
  const began = Date.now();
  for (let i = 1; i <= steps; i++) {
    const wait = began + i * TICK_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (gesture === 'zoom') {
      send({ type: 'mouseWheel', x, y, deltaX: 0, deltaY: i <= steps / 2 ? -12 : 12, modifiers: opts.zoomModifiers });
    } else {
      const a = (i / steps) * Math.PI * 2;
      const r = gesture === 'drag' ? 80 : 160;
      send({ type: 'mouseMoved', x: x + Math.sin(a) * r, y: y + (1 - Math.cos(a)) * r * 0.5, button, buttons });
    }
  }
  await Promise.all(sent);
  if (gesture !== 'zoom') await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button, buttons: 0, clickCount: 1 });
  await page.waitForTimeout(400);
  const at = await page.evaluate(() => {
    const w = window as unknown as { __rec: { on: boolean; at: number[] } };
    w.__rec.on = false;
    return w.__rec.at;
  });
  const updates: number[] = [];
  for (let i = 1; i < at.length; i++) updates.push(at[i]! - at[i - 1]!);
  await page.waitForTimeout(300);
  return { updates };
}

/** ms from a call in the page to the frame after its effect, for each of `runs` calls of `action`. */
export async function timedActions(page: Page, action: 'undo' | 'redo', runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ action, runs }) => {
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        window.__designer![action]!();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 120));
      }
      return out;
    },
    { action, runs },
  );
}

/** One property edit that toggles a finding on a pool, timed until its badge changed and a frame passed. */
export async function editToBadge(page: Page, poolId: string, value: string): Promise<number> {
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
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    { poolId, value },
  );
}

/** `count` short real drags of a node, each one undo step. */
export async function manyDrags(page: Page, nodeId: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const p = await page.evaluate((id) => window.__bench!.pointOf(id), nodeId);
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    const d = i % 2 === 0 ? 20 : -20;
    await page.mouse.move(p.x + d / 2, p.y);
    await page.mouse.move(p.x + d, p.y);
    await page.mouse.up();
  }
}
