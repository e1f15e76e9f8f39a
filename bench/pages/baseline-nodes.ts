/**
 * The nodes both baseline pages show: the designer's own geometry of the same design (so the same boxes
 * sit in the same places), without the designer's node components, findings or stores.
 */
import type { Design } from '../../src/domain/design';
import { displayName } from '../../src/domain/queries';
import { computeGeometry } from '../../src/layout/geometry';

export interface BaselineNode {
  id: string;
  label: string;
  parentId?: string;
  /** Container-relative, as React Flow wants it. */
  x: number;
  y: number;
  /** Absolute, for Excalidraw. */
  ax: number;
  ay: number;
  w: number;
  h: number;
}

export function baselineNodes(design: Design): BaselineNode[] {
  const g = computeGeometry(design);
  const out: BaselineNode[] = [];
  const push = (e: { id: string; name?: string }, parentId?: string) => {
    const r = g.relative.get(e.id);
    const a = g.absolute.get(e.id);
    if (!r || !a) return;
    out.push({ id: e.id, label: displayName(e as never), ...(parentId && { parentId }), x: r.x, y: r.y, ax: a.x, ay: a.y, w: r.w, h: r.h });
  };
  for (const s of design.sites) push(s);
  for (const p of design.pools) push(p, p.siteId);
  for (const i of design.sqlInstances) push(i, i.siteId);
  for (const f of design.fileStores) push(f, f.siteId);
  for (const gw of design.gateways) push(gw, gw.siteId);
  for (const s of design.servers) push(s, s.poolId);
  return out;
}

/** What every bench page (and the adapter the bench puts over the designer) offers the harness. */
export interface BenchPage {
  /** Show a design; resolves when it is painted. */
  load(design: unknown): Promise<void>;
  /** A string that changes whenever the given node's on-screen position or the viewport changes. */
  probe(id: string): string;
  /** Screen point inside the node. */
  pointOf(id: string): { x: number; y: number };
  setViewport(x: number, y: number, zoom: number): void;
}

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}

export const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
