import { describe, expect, it } from 'vitest';
import { setPlacements } from '../../domain/commands';
import { generateDesign } from '../../domain/testing/generate-design';
import { computeGeometry } from '../../layout/geometry';
import { routeDesign, routingInput } from '../../layout/router';
import { decodeRouting, serveRouting, type RouteAnswer } from './protocol';

/** The worker's loop with a scheduler the test turns by hand. */
function worker() {
  const answers: RouteAnswer[] = [];
  const queue: (() => void)[] = [];
  const receive = serveRouting(
    (a) => answers.push(a),
    (slice) => queue.push(slice),
  );
  const runAll = () => {
    while (queue.length) queue.shift()!();
  };
  return { answers, queue, receive, runAll };
}

const plain = (r: ReturnType<typeof routeDesign>) => [...r.links].map(([id, l]) => [id, l.link, l.points, l.label, l.text]);

describe('routing worker protocol', () => {
  const design = generateDesign({ seed: 5, elements: 700, withLayout: true });
  const geometry = computeGeometry(design);

  it('answers with the routing the page would compute, on the design’s own link objects', () => {
    const w = worker();
    // The request crosses a structured clone: only plain data may be in it.
    w.receive({ kind: 'route', id: 1, input: structuredClone(routingInput(design, geometry)) });
    w.runAll();
    expect(w.answers.map((a) => a.id)).toEqual([1]);
    const routing = decodeRouting(design.links, structuredClone(w.answers[0]!));
    expect(plain(routing)).toEqual(plain(routeDesign(design, geometry)));
    expect(routing.bounds).toEqual(routeDesign(design, geometry).bounds);
    expect(routing.links.get(design.links[0]!.id)!.link).toBe(design.links[0]);
  });

  it('works in slices, and a newer request replaces one still being routed', () => {
    const w = worker();
    // Large and never routed before: far more than one slice's work.
    const big = generateDesign({ seed: 6, elements: 3000, withLayout: true });
    w.receive({ kind: 'route', id: 1, input: routingInput(big, computeGeometry(big)) });
    w.queue.shift()!();
    expect(w.answers).toEqual([]);
    expect(w.queue).toHaveLength(1); // the next slice is asked for
    const server = design.servers[0]!;
    const at = design.layout![server.id]!;
    const moved = setPlacements(design, { [server.id]: { ...at, x: at.x + 30 } });
    const movedGeometry = computeGeometry(moved);
    w.receive({ kind: 'route', id: 2, input: routingInput(moved, movedGeometry) });
    w.runAll();
    expect(w.answers.map((a) => a.id)).toEqual([2]);
    expect(plain(decodeRouting(moved.links, w.answers[0]!))).toEqual(plain(routeDesign(moved, movedGeometry)));
  });

  it('drops a cancelled request', () => {
    const w = worker();
    w.receive({ kind: 'route', id: 7, input: routingInput(design, geometry) });
    w.receive({ kind: 'cancel', id: 7 });
    w.runAll();
    expect(w.answers).toEqual([]);
  });
});
