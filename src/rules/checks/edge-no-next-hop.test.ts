import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, applyFix } from '../test-builders';

describe('EDGE_NO_NEXT_HOP', () => {
  it('flags an Edge pool without a next hop and offers the one Front End pool of its site', () => {
    const d = mutable(fixture('reference-medium'));
    d.links = d.links.filter((l) => l.id !== 'hop');
    const [f, ...rest] = findingsOf(d, 'EDGE_NO_NEXT_HOP');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['edgepool'] });
    expect(f!.fixes![0]!.command).toMatchObject({ op: 'link', kind: 'next-hop', from: 'edgepool', to: 'pool1' });
    expect(findingsOf(applyFix(d, f), 'EDGE_NO_NEXT_HOP')).toHaveLength(0);
  });

  it('offers no fix when several pools could be the next hop', () => {
    const d = mutable(fixture('reference-small'));
    d.links = d.links.filter((l) => l.id !== 'edge-hop');
    const [f] = findingsOf(d, 'EDGE_NO_NEXT_HOP');
    expect(f).toMatchObject({ severity: 'error', elements: ['edge'] });
    expect(f!.fixes).toBeUndefined();
  });

  it('flags a next hop that is not a Front End pool, SE server or Director pool', () => {
    const d = mutable(fixture('reference-medium'));
    d.links.find((l) => l.id === 'hop')!.to = 'owa';
    const [f] = findingsOf(d, 'EDGE_NO_NEXT_HOP');
    expect(f).toMatchObject({ severity: 'error', elements: ['edgepool', 'owa'] });
  });

  it('is silent for a Director pool as next hop', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'dir', siteId: 'dc', role: 'director', servers: 2 });
    addLink(d, 'next-hop', 'dir', 'pool1');
    d.links.find((l) => l.id === 'hop')!.to = 'dir';
    expect(findingsOf(d, 'EDGE_NO_NEXT_HOP')).toHaveLength(0);
  });
});
