import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { addElement, deleteElements, reparent, setPlacements, updateElement } from '../domain/commands';
import type { Design } from '../domain/design';
import { generateDesign } from '../domain/testing/generate-design';
import { computeGeometry, type Geometry } from './geometry';

/** geometryNow keeps each site's layout while its content is the same objects: it must still be exact. */
const plain = (g: Geometry) => ({
  relative: Object.fromEntries(g.relative),
  absolute: Object.fromEntries(g.absolute),
  minimum: Object.fromEntries(g.minimum),
  bounds: g.bounds,
});

describe('geometry after edits', () => {
  const steps: [string, (d: Design) => Design][] = [
    ['a server moved in its pool', (d) => setPlacements(d, { fe2: { x: 40, y: 300 } })],
    ['a pool moved', (d) => setPlacements(d, { pool1: { x: 500, y: 80 } })],
    ['a server renamed longer', (d) => updateElement(d, 'fe1', { fqdn: 'a-much-longer-front-end-name.contoso.com' })],
    ['a server moved to another pool', (d) => reparent(d, 'fe3', 'edgepool')],
    ['a SQL instance deleted', (d) => deleteElements(d, ['wit'])],
    ['a file store added', (d) => addElement(d, 'fileStores', { id: 'fs9', siteId: 'br1', host: 'fs9.contoso.com', share: 'x' })],
    ['a site moved', (d) => setPlacements(d, { br2: { x: 3000, y: 40 } })],
    ['the server moved back', (d) => setPlacements(d, { fe2: { x: 10, y: 56 } })],
  ];
  it('matches the geometry of a fresh copy, step after step', () => {
    let design = SAMPLES.medium.load();
    computeGeometry(design);
    for (const [what, step] of steps) {
      design = step(design);
      expect(plain(computeGeometry(design)), what).toEqual(plain(computeGeometry(structuredClone(design))));
    }
  });

  it('keeps the Box objects of sites a move did not touch', () => {
    const design = generateDesign({ seed: 3, elements: 400, withLayout: true });
    const before = computeGeometry(design);
    const server = design.servers[0]!;
    const moved = setPlacements(design, { [server.id]: { x: 600, y: 600 } });
    const after = computeGeometry(moved);
    const siteOf = (id: string) => design.pools.find((p) => p.id === design.servers.find((s) => s.id === id)?.poolId)?.siteId;
    const touched = siteOf(server.id)!;
    const other = design.sites.find((s) => s.id !== touched)!;
    const inOther = [...design.pools.filter((p) => p.siteId === other.id).map((p) => p.id)];
    expect(inOther.length).toBeGreaterThan(0);
    for (const id of inOther) expect(after.absolute.get(id)).toBe(before.absolute.get(id));
    expect(after.absolute.get(server.id)).not.toEqual(before.absolute.get(server.id));
  });
});
