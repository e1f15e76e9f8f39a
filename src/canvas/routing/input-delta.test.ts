import { describe, expect, it } from 'vitest';
import { setPlacements } from '../../domain/commands';
import type { Design } from '../../domain/design';
import { generateDesign } from '../../domain/testing/generate-design';
import { computeGeometry } from '../../layout/geometry';
import { routingInput, type RoutingInput } from '../../layout/router';
import { createInputReceiver, createInputSender, type InputDelta } from './input-delta';

const inputOf = (d: Design) => routingInput(d, computeGeometry(d));
/** An input as comparable data: maps by sorted entries (their order is not part of the input). */
const plain = (i: RoutingInput) => ({
  links: i.links,
  ends: [...i.ends].sort(([a], [b]) => a.localeCompare(b)),
  parents: [...i.parents].sort(([a], [b]) => a.localeCompare(b)),
  obstacles: i.obstacles,
  headers: i.headers,
  bounds: i.bounds,
});

describe('routing input sent as changes', () => {
  const design = generateDesign({ seed: 11, elements: 600, withLayout: true });

  it('makes the very input again on the other side, step after step', () => {
    const send = createInputSender();
    const receive = createInputReceiver();
    const pool = design.pools[2]!;
    const at = design.layout![pool.id]!;
    const moved = setPlacements(design, { [pool.id]: { ...at, x: at.x + 50 } });
    const fewerLinks = { ...moved, links: moved.links.slice(3) };
    const serverGone = { ...fewerLinks, servers: fewerLinks.servers.slice(1), links: fewerLinks.links.filter((l) => l.from !== fewerLinks.servers[0]!.id && l.to !== fewerLinks.servers[0]!.id) };
    const siteGone = { ...serverGone, sites: serverGone.sites.slice(0, -1) };
    for (const d of [design, moved, fewerLinks, serverGone, siteGone, design]) {
      const input = inputOf(d);
      // Across a structured clone, as between the page and the worker.
      expect(plain(receive(structuredClone(send(input))))).toEqual(plain(input));
    }
  });

  it('sends only what moved when a step moves one pool', () => {
    const send = createInputSender();
    send(inputOf(design));
    const pool = design.pools[2]!;
    const at = design.layout![pool.id]!;
    const change: InputDelta = send(inputOf(setPlacements(design, { [pool.id]: { ...at, y: at.y + 30 } })));
    expect(change.links).toBeUndefined();
    expect(change.parents).toEqual({ set: [], drop: [] });
    expect(change.ends.drop).toEqual([]);
    // The pool and its servers, no more.
    const inPool = new Set([pool.id, ...design.servers.filter((s) => s.poolId === pool.id).map((s) => s.id)]);
    expect(change.ends.set.length).toBeGreaterThan(0);
    for (const [id] of change.ends.set) expect(inPool.has(id)).toBe(true);
    expect(change.obstacles).toEqual({ moved: [[design.pools.indexOf(pool), expect.objectContaining({ y: expect.any(Number) })]] });
  });

  it('sends the whole input first', () => {
    const input = inputOf(design);
    const change = createInputSender()(input);
    expect(change.links).toBe(input.links);
    expect(change.ends.set).toHaveLength(input.ends.size);
    expect(change.obstacles).toEqual({ all: input.obstacles });
  });
});
