import { describe, expect, it } from 'vitest';
import { findElement, parentId } from '../domain/queries';
import { generateDesign } from '../domain/testing/generate-design';
import { computeGeometry } from '../layout/geometry';
import { validate } from '../rules/engine';
import { createProjector, findingsOnCanvas } from './projection';
import { elementsInWindow, visibleArea, windowAround, windowStale, type Rect } from './view-window';

const meets = (a: Rect, b: Rect) => a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;

describe('view window', () => {
  it('turns a transform into the flow area the pane shows', () => {
    expect(visibleArea([100, -50, 2], 800, 600)).toEqual({ x: -50, y: 25, w: 400, h: 300 });
    expect(windowAround({ x: 0, y: 0, w: 100, h: 50 })).toEqual({ x: -50, y: -25, w: 200, h: 100 });
  });

  it('moves only when the view leaves it or becomes far smaller than it', () => {
    const visible = { x: 0, y: 0, w: 100, h: 100 };
    const win = windowAround(visible);
    expect(windowStale(null, visible)).toBe(true);
    expect(windowStale(win, visible)).toBe(false);
    expect(windowStale(win, { ...visible, x: 40 })).toBe(false); // a pan inside the window
    expect(windowStale(win, { ...visible, x: 60 })).toBe(true); // out on the right
    expect(windowStale(win, { x: -60, y: 0, w: 100, h: 100 })).toBe(true); // out on the left
    expect(windowStale(win, { x: 10, y: 10, w: 40, h: 40 })).toBe(true); // zoomed in 2.5x
    expect(windowStale(win, { x: 10, y: 10, w: 60, h: 60 })).toBe(false);
  });

  const design = generateDesign({ seed: 7, elements: 600, withLayout: true });
  const geometry = computeGeometry(design);

  it('holds everything (undefined) when the window holds the whole diagram', () => {
    const b = geometry.bounds;
    expect(elementsInWindow(design, geometry, undefined, { x: b.x - 1, y: b.y - 1, w: b.w + 2, h: b.h + 2 })).toBeUndefined();
    expect(elementsInWindow(design, geometry, undefined, null)).toBeUndefined();
  });

  it('leaves out what is far from the window, keeps what meets it, with containers and link ends', () => {
    const b = geometry.bounds;
    const win = { x: b.x, y: b.y, w: b.w / 4, h: b.h / 4 };
    const within = elementsInWindow(design, geometry, undefined, win)!;
    expect(within).toBeDefined();
    let far = 0;
    for (const [id, box] of geometry.absolute) {
      if (meets(win, box)) expect(within.has(id), id).toBe(true);
      else if (!within.has(id)) far++;
    }
    expect(far).toBeGreaterThan(geometry.absolute.size / 2);
    const containerOf = (id: string) => {
      const found = findElement(design, id);
      return found ? parentId(found.element) : undefined;
    };
    for (const id of within) {
      const link = design.links.find((l) => l.id === id);
      const ends = link ? [link.from, link.to] : [id];
      for (const end of ends) {
        expect(within.has(end), `${id}: end ${end}`).toBe(true);
        for (let c = containerOf(end); c; c = containerOf(c)) expect(within.has(c), `${end} in ${c}`).toBe(true);
      }
    }
  });

  it('brings in a link that only passes through the window, with both its ends and their containers', () => {
    // The link with the longest straight run, and a small window at its middle that meets neither end.
    const centre = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
    const long = [...design.links]
      .filter((l) => geometry.absolute.has(l.from) && geometry.absolute.has(l.to))
      .map((l) => {
        const a = centre(geometry.absolute.get(l.from)!);
        const b = centre(geometry.absolute.get(l.to)!);
        return { l, mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, d: Math.hypot(a.x - b.x, a.y - b.y) };
      })
      .sort((p, q) => q.d - p.d)[0]!;
    const win = { x: long.mid.x - 2, y: long.mid.y - 2, w: 4, h: 4 };
    expect(meets(win, geometry.absolute.get(long.l.from)!) || meets(win, geometry.absolute.get(long.l.to)!)).toBe(false);
    const within = elementsInWindow(design, geometry, undefined, win)!;
    expect([within.has(long.l.id), within.has(long.l.from), within.has(long.l.to)]).toEqual([true, true, true]);
    const server = design.servers.find((s) => s.id === long.l.from || s.id === long.l.to);
    if (server?.poolId) expect(within.has(server.poolId)).toBe(true);
  });

  it('keeps the selection in wherever it is, so a drag moves all of it', () => {
    const b = geometry.bounds;
    const win = { x: b.x, y: b.y, w: b.w / 5, h: b.h / 5 };
    const far = design.servers.find((s) => s.poolId && !meets(win, geometry.absolute.get(s.id)!))!;
    expect(elementsInWindow(design, geometry, undefined, win)!.has(far.id)).toBe(false);
    const within = elementsInWindow(design, geometry, undefined, win, [far.id])!;
    expect([within.has(far.id), within.has(far.poolId!)]).toEqual([true, true]);
  });

  it('makes the projector emit only the window, every node with its container before it', () => {
    const b = geometry.bounds;
    const within = elementsInWindow(design, geometry, undefined, { x: b.x, y: b.y, w: b.w / 3, h: b.h / 3 })!;
    const { nodes, edges } = createProjector()({
      design,
      geometry,
      findings: findingsOnCanvas(validate(design)),
      selection: new Set(),
      within,
    });
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.length).toBeLessThan(geometry.absolute.size);
    const seen = new Set<string>();
    for (const n of nodes) {
      expect(within.has(n.id)).toBe(true);
      if (n.parentId) expect(seen.has(n.parentId), `${n.id} after ${n.parentId}`).toBe(true);
      seen.add(n.id);
    }
    for (const e of edges) expect([within.has(e.id), seen.has(e.source), seen.has(e.target)]).toEqual([true, true, true]);
  });
});
