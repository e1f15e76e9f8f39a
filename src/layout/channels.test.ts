import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { BoxIndex } from './box-index';
import { fanChannels, fanChannelsSteps, type ChannelRoute } from './channels';
import { computeGeometry } from './geometry';
import { routeCrossings, sharedSegments } from './route-checks';
import { routeDesign } from './router';

const box = (x: number, y: number, w = 100, h = 60) => ({ x, y, w, h });

/** A route from the right side of `from` to the left side of `to`, along y. */
function straight(id: string, from: ReturnType<typeof box>, to: ReturnType<typeof box>, y: number): ChannelRoute {
  return { id, points: [{ x: from.x + from.w, y }, { x: to.x, y }], from, to, allowed: new Set() };
}

describe('links of different pairs never share a channel', () => {
  it.each(Object.entries(SAMPLES))('%s template: no two routes run along one line, and none crosses a box', (_, sample) => {
    const design = sample.load();
    const geometry = computeGeometry(design);
    expect(sharedSegments(design, geometry)).toEqual([]);
    expect(routeCrossings(design, geometry)).toEqual([]);
    // Office Web Apps links from both Standard Edition pools run side by side to the OWA pool, not on one line.
    if (design.links.some((l) => l.id === 'se1-owa')) {
      const routing = routeDesign(design, geometry);
      expect(routing.links.get('se1-owa')!.points).not.toEqual(routing.links.get('se2-owa')!.points);
    }
  });

  it('moves the later of two routes on one line a lane aside; the earlier keeps its line', () => {
    const a = box(0, 0), b = box(400, 0);
    // Two links whose routes came out on the segment x 100..400 at y 30.
    const first = straight('first', a, b, 30);
    const second = straight('second', a, b, 30);
    fanChannels([first, second], new BoxIndex(), 10);
    expect(first.points).toEqual([{ x: 100, y: 30 }, { x: 400, y: 30 }]);
    expect(second.points).toEqual([{ x: 100, y: 40 }, { x: 400, y: 40 }]);
  });

  it('goes the other way, or further, when a lane aside would cross a box', () => {
    const a = box(0, 0), b = box(400, 0);
    const wall = { id: 'wall', box: { x: 200, y: 35, w: 40, h: 10 } };
    const first = straight('first', a, b, 30);
    const second = straight('second', a, b, 30);
    fanChannels([first, second], new BoxIndex([wall]), 10);
    expect(second.points).toEqual([{ x: 100, y: 20 }, { x: 400, y: 20 }]);
  });

  it('a near miss is left alone: routes that only meet at a corner, or cross', () => {
    const a = box(0, 0), b = box(400, 0), c = box(200, 200);
    const along = straight('along', a, b, 30);
    const cornerOnly: ChannelRoute = { id: 'corner', points: [{ x: 250, y: 200 }, { x: 250, y: 30 }], from: c, to: b, allowed: new Set() };
    const across: ChannelRoute = { id: 'across', points: [{ x: 300, y: 200 }, { x: 300, y: 10 }], from: c, to: b, allowed: new Set() };
    const before = [along.points, cornerOnly.points, across.points];
    fanChannels([along, cornerOnly, across], new BoxIndex(), 10);
    expect([along.points, cornerOnly.points, across.points]).toEqual(before);
    // Same routes objects: nothing was replaced.
    expect(along.points).toBe(before[0]);
  });
});

describe('fanning in steps', () => {
  it('yields along the way on a busy channel and ends where the one-pass fanning ends', () => {
    const make = () =>
      Array.from({ length: 120 }, (_, i) => {
        const from = box(0, i * 7, 100, 700), to = box(1000 + (i % 5) * 30, 0, 100, 900);
        return straight(`r${i}`, from, to, 300 + (i % 3));
      });
    const once = make();
    fanChannels(once, new BoxIndex(), 10);
    const stepped = make();
    const steps = fanChannelsSteps(stepped, new BoxIndex(), 10);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThan(1);
    expect(stepped.map((r) => r.points)).toEqual(once.map((r) => r.points));
    expect(once.some((r, i) => r.points[0]!.y !== 300 + (i % 3))).toBe(true);
  });
});

describe('fanning skips, from the second round, lines the last round cannot have changed', () => {
  it('gives the very routes of running every round over every line (crowded channels, 25 seeds)', () => {
    const run = (seed: number, everyLine: boolean) => {
      let r = seed;
      const rand = (n: number) => ((r = (r * 1103515245 + 12345) % 2 ** 31), r % n);
      // Tall boxes in two columns, and routes with a bend between them on a few shared lines.
      const left = Array.from({ length: 6 }, (_, i) => box(0, i * 120, 100, 110));
      const right = Array.from({ length: 6 }, (_, i) => box(600, i * 120 + 40, 100, 110));
      const routes: ChannelRoute[] = Array.from({ length: 40 }, (_, i) => {
        const from = left[rand(6)]!, to = right[rand(6)]!;
        const y1 = from.y + 10 + rand(5) * 20, y2 = to.y + 10 + rand(5) * 20, x = 200 + rand(6) * 40;
        return { id: `r${i}`, points: [{ x: 100, y: y1 }, { x, y: y1 }, { x, y: y2 }, { x: 600, y: y2 }], from, to, allowed: new Set() };
      });
      const steps = fanChannelsSteps(routes, new BoxIndex([...left, ...right].map((b, i) => ({ id: `b${i}`, box: b }))), 10, everyLine);
      while (!steps.next().done) {
        /* to the end */
      }
      return routes.map((x) => x.points);
    };
    for (let seed = 1; seed <= 25; seed++) expect(run(seed, false), `seed ${seed}`).toEqual(run(seed, true));
  });
});
