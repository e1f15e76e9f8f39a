/**
 * Where link labels go: on (or just beside) their route, at the first place that covers no element box, no
 * site name and no label placed before (route-checks.ts counts what is left over). Pure.
 */
import { BoxIndex, type IndexedBox } from './box-index';
import type { Box } from './geometry';
import type { Point } from './orthogonal-path';
import type { RoutedLink } from './router';
import { textWidth } from './text-metrics';

/** The label's look, shared by the canvas (canvas.css .link-label) and the export. */
export const LINK_LABEL = { fontSize: 10.5, bold: true, padX: 6, height: 17 } as const;

export interface LabelBox extends Box {
  /** The label's centre. */
  cx: number;
  cy: number;
}

export function labelSize(text: string): { w: number; h: number } {
  return { w: Math.ceil(textWidth(text, LINK_LABEL.fontSize, LINK_LABEL.bold) + 2 * LINK_LABEL.padX), h: LINK_LABEL.height };
}

const STEP = 8;

/** Centres along each segment (long segments first: a label there reads as belonging to the link), on the line or beside it. */
function candidates(points: readonly Point[], w: number, h: number): Point[] {
  const segments: { p: Point; q: Point; len: number }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!, q = points[i + 1]!;
    segments.push({ p, q, len: Math.hypot(q.x - p.x, q.y - p.y) });
  }
  segments.sort((s, t) => t.len - s.len);
  const out: Point[] = [];
  for (const { p, q, len } of segments) {
    const horizontal = p.y === q.y;
    const steps = Math.max(8, Math.floor(len / STEP));
    // From the middle outwards.
    const order = Array.from({ length: steps + 1 }, (_, i) => i).sort((i, j) => Math.abs(i - steps / 2) - Math.abs(j - steps / 2));
    for (const i of order) {
      const t = i / steps;
      const c = { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
      out.push(c);
      if (horizontal) out.push({ x: c.x, y: c.y - h / 2 - 2 }, { x: c.x, y: c.y + h / 2 + 2 });
      else out.push({ x: c.x + w / 2 + 3, y: c.y }, { x: c.x - w / 2 - 3, y: c.y });
    }
  }
  return out;
}

function boxAt(c: Point, w: number, h: number): LabelBox {
  return { x: c.x - w / 2, y: c.y - h / 2, w, h, cx: c.x, cy: c.y };
}

/**
 * One label per route, in the order given; each avoids `solid` boxes and the labels placed before it. When a
 * label finds no free place, it may move one label placed earlier that is in its way, if that one finds
 * another free place (enough for parallel links whose labels share a short gap).
 */
export function placeLabels(routes: readonly RoutedLink[], solid: readonly IndexedBox[], area?: Box): Map<string, LabelBox> {
  const index = new BoxIndex(solid);
  // Outside the design's area counts as covering something: the canvas frames and pictures crop to it.
  const outside = (b: Box) => (area && (b.x < area.x || b.y < area.y || b.x + b.w > area.x + area.w || b.y + b.h > area.y + area.h) ? 1 : 0);
  const boxes = { intersecting: (b: Box) => (outside(b) ? [undefined, ...index.intersecting(b)] : index.intersecting(b)) };
  const out = new Map<string, LabelBox>();
  const placedAt = () => new BoxIndex([...out].map(([id, box]) => ({ id, box })));
  let placed = new BoxIndex();
  const spots = new Map<string, LabelBox[]>();
  const freeSpot = (id: string, labels: BoxIndex): LabelBox | undefined =>
    spots.get(id)!.find((b) => boxes.intersecting(b).length === 0 && labels.intersecting(b).length === 0);

  for (const r of routes) {
    if (r.points.length < 2) continue;
    const { w, h } = labelSize(r.text);
    const own = candidates(r.points, w, h).map((c) => boxAt(c, w, h));
    if (own.length === 0) continue;
    spots.set(r.link.id, own);
    let chosen = freeSpot(r.link.id, placed);
    if (!chosen) {
      // Clear of elements but over exactly one label: try moving that label out of the way.
      for (const b of own) {
        if (boxes.intersecting(b).length > 0) continue;
        const blockers = placed.intersecting(b);
        if (blockers.length !== 1) continue;
        const other = blockers[0]!.id;
        const without = new BoxIndex([...out].filter(([id]) => id !== other).map(([id, box]) => ({ id, box })));
        without.add({ id: r.link.id, box: b });
        const moved = spots.get(other)!.find((m) => boxes.intersecting(m).length === 0 && without.intersecting(m).length === 0);
        if (moved) {
          out.set(other, moved);
          chosen = b;
          break;
        }
      }
    }
    if (!chosen) {
      // Nowhere free: the place that covers least.
      let best = own[0]!;
      let fewest = Infinity;
      for (const b of own) {
        const hits = boxes.intersecting(b).length + placed.intersecting(b).length;
        if (hits < fewest) {
          fewest = hits;
          best = b;
        }
        if (hits === 0) break;
      }
      chosen = best;
    }
    out.set(r.link.id, chosen);
    placed = placedAt();
  }
  return out;
}
