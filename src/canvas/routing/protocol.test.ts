import { describe, expect, it } from 'vitest';
import { setPlacements } from '../../domain/commands';
import { generateDesign } from '../../domain/testing/generate-design';
import { computeGeometry } from '../../layout/geometry';
import { routeDesign, routingInput, type RoutingInput } from '../../layout/router';
import { createAnswerReader, serveRouting, type RouteAnswer } from './protocol';
import { createInputSender } from './input-delta';

/** The worker's loop with a scheduler the test turns by hand. */
function worker() {
  const answers: RouteAnswer[] = [];
  const reader = createAnswerReader();
  /** The routing the page makes of answer `n` (every answer before it taken in, as the page does). */
  const routingOf = (n: number, links: Parameters<typeof reader.routing>[0]) => {
    const a = answers[n]!;
    reader.take(structuredClone(a));
    return reader.routing(links, a.bounds);
  };
  const queue: (() => void)[] = [];
  const serve = serveRouting(
    (a) => answers.push(a),
    (slice) => queue.push(slice),
  );
  // What the page sends: each input as the change from the one before.
  const changeOf = createInputSender();
  const receive = (m: { kind: 'route'; id: number; input: RoutingInput } | { kind: 'cancel'; id: number } | { kind: 'pause' | 'resume' }) =>
    // The request crosses a structured clone: only plain data may be in it.
    serve(m.kind === 'route' ? structuredClone({ kind: 'route', id: m.id, change: changeOf(m.input) }) : m);
  const runAll = () => {
    while (queue.length) queue.shift()!();
  };
  return { answers, queue, receive, runAll, routingOf };
}

const plain = (r: ReturnType<typeof routeDesign>) => [...r.links].map(([id, l]) => [id, l.link, l.points, l.label, l.text]);

describe('routing worker protocol', () => {
  const design = generateDesign({ seed: 5, elements: 700, withLayout: true });
  const geometry = computeGeometry(design);

  it('answers with the routing the page would compute, on the design’s own link objects', () => {
    const w = worker();
    w.receive({ kind: 'route', id: 1, input: routingInput(design, geometry) });
    w.runAll();
    expect(w.answers.map((a) => a.id)).toEqual([1]);
    const routing = w.routingOf(0, design.links);
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
    expect(plain(w.routingOf(0, moved.links))).toEqual(plain(routeDesign(moved, movedGeometry)));
  });

  it('routes a change sent after a cancelled request as if the whole input were sent', () => {
    const w = worker();
    w.receive({ kind: 'route', id: 1, input: routingInput(design, geometry) });
    w.runAll();
    const [a, b] = [design.pools[0]!, design.pools[1]!];
    const step1 = setPlacements(design, { [a.id]: { ...design.layout![a.id]!, x: design.layout![a.id]!.x + 40 } });
    w.receive({ kind: 'route', id: 2, input: routingInput(step1, computeGeometry(step1)) });
    w.receive({ kind: 'cancel', id: 2 });
    const step2 = setPlacements(step1, { [b.id]: { ...step1.layout![b.id]!, y: step1.layout![b.id]!.y + 25 } });
    const g2 = computeGeometry(step2);
    w.receive({ kind: 'route', id: 3, input: routingInput(step2, g2) });
    w.runAll();
    expect(w.answers.map((x) => x.id)).toEqual([1, 3]);
    const first = w.routingOf(0, design.links);
    const last = w.routingOf(1, step2.links);
    expect(plain(last)).toEqual(plain(routeDesign(step2, g2)));
    // Only the routes near the moved pools came back; the page keeps the other RoutedLink objects.
    expect(w.answers[1]!.changed.length).toBeGreaterThan(0);
    expect(w.answers[1]!.changed.length).toBeLessThan(design.links.length / 4);
    expect(w.answers[1]!.order).toBeUndefined();
    const kept = [...last.links].filter(([id, r]) => first.links.get(id) === r).length;
    expect(kept).toBe(design.links.length - w.answers[1]!.changed.length);
  });

  it('does no work while paused, and goes on where it was on resume', () => {
    const w = worker();
    const big = generateDesign({ seed: 6, elements: 3000, withLayout: true });
    const g = computeGeometry(big);
    w.receive({ kind: 'route', id: 1, input: routingInput(big, g) });
    w.queue.shift()!();
    w.receive({ kind: 'pause' });
    // The slice already asked for runs, finds the pause and asks for no further slice.
    w.runAll();
    expect(w.queue).toHaveLength(0);
    expect(w.answers).toEqual([]);
    w.receive({ kind: 'resume' });
    w.runAll();
    expect(w.answers.map((a) => a.id)).toEqual([1]);
    expect(plain(w.routingOf(0, big.links))).toEqual(plain(routeDesign(big, g)));
  });

  it('drops a cancelled request', () => {
    const w = worker();
    w.receive({ kind: 'route', id: 7, input: routingInput(design, geometry) });
    w.receive({ kind: 'cancel', id: 7 });
    w.runAll();
    expect(w.answers).toEqual([]);
  });
});
