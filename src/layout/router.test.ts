import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { generateDesign } from '../domain/testing/generate-design';
import { computeGeometry } from './geometry';
import { labelCollisions, routeCrossings } from './route-checks';
import { orthogonalPath, segmentCrosses } from './orthogonal-path';
import { offsetPath, routeDesign, routedAlready, routingJob } from './router';

const designs = [
  ...Object.entries(SAMPLES).map(([id, s]) => [id, s.load()] as const),
  ...Array.from({ length: 20 }, (_, i) => [`generated seed ${i + 1}`, generateDesign({ seed: i + 1, elements: 40 + i * 15 })] as const),
];

describe('routeDesign', () => {
  it.each(designs)('%s: no route crosses a box it does not join, no label covers a box or a label', (_, design) => {
    const geometry = computeGeometry(design);
    expect(routeCrossings(design, geometry)).toEqual([]);
    expect(labelCollisions(design, geometry)).toEqual({ labelBox: 0, labelLabel: 0 });
    const routing = routeDesign(design, geometry);
    expect(routing.links.size).toBe(design.links.length);
  });
});

describe('orthogonalPath and offsetPath', () => {
  it('goes around a box between the two ends instead of through it', () => {
    const a = { x: 0, y: 0, w: 100, h: 40 };
    const b = { x: 400, y: 0, w: 100, h: 40 };
    const wall = { x: 200, y: -20, w: 100, h: 80 };
    const path = orthogonalPath(a, b, [wall])!;
    expect(path.length).toBeGreaterThan(2);
    for (let i = 0; i + 1 < path.length; i++) expect(segmentCrosses(path[i]!, path[i + 1]!, wall)).toBe(false);
    const onBorder = (p: { x: number; y: number }, r: typeof a) =>
      (p.x === r.x || p.x === r.x + r.w || p.y === r.y || p.y === r.y + r.h) && p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
    expect(onBorder(path[0]!, a)).toBe(true);
    expect(onBorder(path.at(-1)!, b)).toBe(true);
  });

  it('is a straight line when nothing is in the way', () => {
    expect(orthogonalPath({ x: 0, y: 0, w: 100, h: 40 }, { x: 400, y: 10, w: 100, h: 40 }, [])).toEqual([
      { x: 100, y: 25 },
      { x: 400, y: 25 },
    ]);
  });

  it('fans parallel links apart: an offset route keeps its distance on every segment', () => {
    const route = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }];
    expect(offsetPath(route, 10)).toEqual([{ x: 0, y: 10 }, { x: 90, y: 10 }, { x: 90, y: 100 }]);
  });

  it('gives links between one pair different routes, and a label each', () => {
    const d = SAMPLES.medium.load();
    const routing = routeDesign(d, computeGeometry(d));
    const be = routing.links.get('be')!;
    const mon = routing.links.get('mon')!;
    expect(be.points).not.toEqual(mon.points);
    expect(be.label && mon.label).toBeTruthy();
  });
});

describe('routingJob', () => {
  it('computes in many short steps exactly what routeDesign computes at once, then serves it from the cache', () => {
    const stepwise = generateDesign({ seed: 31, elements: 600 });
    const atOnce = generateDesign({ seed: 31, elements: 600 }); // equal, but another object: no shared cache entry
    const geometry = computeGeometry(stepwise);
    expect(routedAlready(stepwise, geometry)).toBeUndefined();
    let clock = 0;
    const job = routingJob(stepwise, geometry);
    let steps = 0;
    let result;
    while (!(result = job.step(0, () => clock++))) steps++;
    expect(steps).toBeGreaterThan(10); // it really stopped and resumed
    const whole = routeDesign(atOnce, computeGeometry(atOnce));
    expect([...result.links.keys()]).toEqual([...whole.links.keys()]);
    for (const [id, r] of result.links) {
      expect(r.points, id).toEqual(whole.links.get(id)!.points);
      expect(r.label, id).toEqual(whole.links.get(id)!.label);
    }
    expect(result.bounds).toEqual(whole.bounds);
    expect(routedAlready(stepwise, geometry)).toBe(result);
    expect(routeDesign(stepwise, geometry)).toBe(result);
  });
});

describe('routing a step that moved one element (pairs reused by their surroundings)', () => {
  it('gives the routes a fresh router gives, after a move and after its undo', async () => {
    const { vi } = await import('vitest');
    const { setPlacements } = await import('../domain/commands');
    const before = generateDesign({ seed: 9, elements: 800, withLayout: true });
    const server = before.servers[3]!;
    const at = before.layout![server.id]!;
    const moved = setPlacements(before, { [server.id]: { ...at, x: at.x + 30, y: at.y + 10 } });
    const plain = (r: ReturnType<typeof routeDesign>) => [...r.links].map(([id, l]) => [id, l.points, l.label]);
    for (const d of [before, moved, before]) routeDesign(d, computeGeometry(d)); // warm: every pair remembered
    for (const d of [moved, before]) {
      const warm = routeDesign(d, computeGeometry({ ...d }));
      vi.resetModules();
      const fresh = await import('./router');
      const { computeGeometry: freshGeometry } = await import('./geometry');
      expect(plain(warm)).toEqual(plain(fresh.routeDesign(d, freshGeometry(d))));
    }
  });
});

describe('routing after an abandoned pass (pairs reused only against the pass that confirmed them)', () => {
  it('gives the routes a fresh router gives', async () => {
    const { vi } = await import('vitest');
    const { setPlacements } = await import('../domain/commands');
    const before = generateDesign({ seed: 11, elements: 600, withLayout: true });
    // Pools: they are what routes keep off, so moving one re-routes links that pass it.
    const move = (d: typeof before, i: number, dx: number) => {
      const p = d.pools[i]!;
      const at = d.layout![p.id]!;
      return setPlacements(d, { [p.id]: { ...at, x: at.x + dx, y: at.y } });
    };
    const one = move(before, 1, 150);
    const two = move(one, 9, -150);
    const plain = (r: ReturnType<typeof routeDesign>) => [...r.links].map(([id, l]) => [id, l.points, l.label]);
    routeDesign(before, computeGeometry(before));
    // Half a pass over `one`: some pairs confirmed in it, the rest still from `before`.
    const job = routingJob(one, computeGeometry(one));
    let clock = 0;
    for (let i = 0; i < 90; i++) expect(job.step(0, () => clock++)).toBeUndefined();
    for (const d of [before, two, one]) {
      const warm = routeDesign(d, computeGeometry({ ...d }));
      vi.resetModules();
      const fresh = await import('./router');
      const { computeGeometry: freshGeometry } = await import('./geometry');
      expect(plain(warm)).toEqual(plain(fresh.routeDesign(d, freshGeometry(d))));
    }
  });
});
