import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { setPlacements, updateElement } from '../domain/commands';
import type { Design } from '../domain/design';
import { bakeLayout } from '../layout/tidy';
import { computeGeometry } from '../layout/geometry';
import { validate } from '../rules/engine';
import { createProjector, findingsOnCanvas, project, type ProjectionInput } from './projection';

const small = () => bakeLayout(SAMPLES.small.load());
const input = (design: Design, selection: string[] = []): ProjectionInput => ({
  design,
  geometry: computeGeometry(design),
  findings: findingsOnCanvas(validate(design)),
  selection: new Set(selection),
});

describe('projection', () => {
  it('puts every container before its children, with parentId set', () => {
    const { nodes } = project(input(small()));
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.parentId) expect(seen.has(n.parentId), `${n.id} after ${n.parentId}`).toBe(true);
      seen.add(n.id);
    }
    expect(nodes.find((n) => n.id === 'se1-srv')?.parentId).toBe('se1');
    expect(nodes.find((n) => n.id === 'se1')?.parentId).toBe('central');
    expect(nodes.find((n) => n.id === 'central')?.parentId).toBeUndefined();
    expect(nodes.map((n) => n.type).slice(0, 2)).toEqual(['site', 'site']);
  });

  it('positions children relative to their container, sized by the geometry', () => {
    const d = small();
    const { absolute } = computeGeometry(d);
    const { nodes } = project(input(d));
    const server = nodes.find((n) => n.id === 'se1-srv')!;
    const pool = absolute.get('se1')!;
    expect(server.position.x + pool.x).toBe(absolute.get('se1-srv')!.x);
    expect(server.position.y + pool.y).toBe(absolute.get('se1-srv')!.y);
    const site = nodes.find((n) => n.id === 'central')!;
    expect([site.width, site.height]).toEqual([Math.round(absolute.get('central')!.w), Math.round(absolute.get('central')!.h)]);
  });

  it('shows display data and a badge with the worst severity', () => {
    const d = updateElement(small(), 'se1', { users: 2000 });
    const pooled = { ...d, servers: d.servers.map((s) => (s.id === 'se2-srv' ? { ...s, poolId: 'se1' } : s)) };
    const { nodes } = project(input(pooled));
    const se1 = nodes.find((n) => n.id === 'se1')!;
    expect(se1.data).toMatchObject({ title: 'se1.fabrikam.com', edition: 'SE', glyph: 'SE', severity: 'error' });
    expect(se1.data.findingText).toContain('SE_POOLED');
  });

  it('returns the same node objects for nodes an edit did not touch', () => {
    const projector = createProjector();
    const d = small();
    const first = projector(input(d));
    const edited = updateElement(d, 'owa', { description: 'Office Web Apps farm' });
    const second = projector(input(edited));
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]);
    expect(changed).toEqual([]);
    const renamed = updateElement(d, 'edge', { fqdn: 'edge02.fabrikam.com' });
    const third = projector(input(renamed));
    expect(third.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(['edge']);
    expect(third.edges.every((e, i) => e === first.edges[i])).toBe(true);
  });

  it('gives new objects only to nodes whose selection or position changed', () => {
    const projector = createProjector();
    const d = small();
    const first = projector(input(d));
    const moved = setPlacements(d, { 'gw-central': { x: 400, y: 400 } });
    const second = projector(input(moved, ['se2']));
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id).sort();
    // The gateway moved, the site grew to fit it, se2 was selected.
    expect(changed).toEqual(['central', 'gw-central', 'se2']);
    expect(second.nodes.find((n) => n.id === 'se2')!.selected).toBe(true);
  });

  it('draws one edge per link, labelled with its kind', () => {
    const { edges } = project(input(small(), ['pair']));
    expect(edges).toHaveLength(8);
    const pair = edges.find((e) => e.id === 'pair')!;
    expect(pair).toMatchObject({ source: 'se1', target: 'se2', type: 'link', selected: true });
    expect(pair.data).toMatchObject({ kind: 'pairing', label: 'paired backup' });
    expect(edges.find((e) => e.id === 'gw-trunk')!.data!.label).toBe('trunk');
  });
});

describe('projection lists', () => {
  it('keeps the edge list itself when no link changed, so React Flow does not re-index edges', () => {
    const projector = createProjector();
    const d = small();
    const first = projector(input(d));
    const second = projector(input(updateElement(d, 'se1', { users: 3000 })));
    expect(second.edges).toBe(first.edges);
    expect(second.nodes).not.toBe(first.nodes);
    expect(projector(input(updateElement(d, 'se1', { users: 3000 }))).nodes).toBe(second.nodes);
  });
});

describe('projection memory', () => {
  it('draws what a projector without memory draws, after moves, edits and selections', () => {
    const projector = createProjector();
    let d = small();
    projector(input(d));
    const steps: ((x: Design) => Design)[] = [
      (x) => setPlacements(x, { 'gw-central': { x: 420, y: 380 } }),
      (x) => updateElement(x, 'se1', { users: 2000 }),
      (x) => setPlacements(x, { se2: { x: 60, y: 500 } }),
      (x) => updateElement(x, 'se1', { users: 100 }),
    ];
    for (const step of steps) {
      d = step(d);
      const remembered = projector(input(d, ['pair']));
      const fresh = project(input(d, ['pair']));
      expect(remembered.edges).toEqual(fresh.edges);
      expect(remembered.nodes).toEqual(fresh.nodes);
    }
  });
});
