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
function* candidates(points: readonly Point[], w: number, h: number): Generator<LabelBox> {
  const segments: { p: Point; q: Point; len: number }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!, q = points[i + 1]!;
    segments.push({ p, q, len: Math.hypot(q.x - p.x, q.y - p.y) });
  }
  segments.sort((s, t) => t.len - s.len);
  for (const { p, q, len } of segments) {
    const horizontal = p.y === q.y;
    const steps = Math.max(8, Math.floor(len / STEP));
    for (let k = 0; k <= steps; k++) {
      const i = middleOut(steps, k);
      const t = i / steps;
      const c = { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
      yield boxAt(c, w, h);
      if (horizontal) {
        yield boxAt({ x: c.x, y: c.y - h / 2 - 2 }, w, h);
        yield boxAt({ x: c.x, y: c.y + h / 2 + 2 }, w, h);
      } else {
        yield boxAt({ x: c.x + w / 2 + 3, y: c.y }, w, h);
        yield boxAt({ x: c.x - w / 2 - 3, y: c.y }, w, h);
      }
    }
  }
}

/**
 * The k-th of 0..steps from the middle outwards, the nearer-to-the-start first of two at the same distance
 * (what sorting by distance to the middle gives; computed, as labels try thousands of such orders a pass).
 */
export function middleOut(steps: number, k: number): number {
  const m = steps >> 1;
  if (steps % 2 === 0) return k === 0 ? m : k & 1 ? m - ((k + 1) >> 1) : m + (k >> 1);
  return k & 1 ? m + 1 + (k >> 1) : m - (k >> 1);
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
  const steps = placeLabelsSteps(routes, solid, area);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** placeLabels, yielding after each label (the router spreads a large design's work over many tasks). */
export function* placeLabelsSteps(routes: readonly RoutedLink[], solid: readonly IndexedBox[], area?: Box): Generator<void, Map<string, LabelBox>> {
  const index = new BoxIndex(solid);
  // Outside the design's area counts as covering something: the canvas frames and pictures crop to it.
  const outside = (b: Box) => (area && (b.x < area.x || b.y < area.y || b.x + b.w > area.x + area.w || b.y + b.h > area.y + area.h) ? 1 : 0);
  const boxes = { intersecting: (b: Box) => (outside(b) ? [undefined, ...index.intersecting(b)] : index.intersecting(b)) };
  const out = new Map<string, LabelBox>();
  const placedAt = () => new BoxIndex([...out].map(([id, box]) => ({ id, box })));
  let placed = new BoxIndex();
  // Places are generated lazily: most labels take one of the first few.
  const spots = new Map<string, () => Iterable<LabelBox>>();
  const clear = (b: Box) => !outside(b) && !index.any(b);

  for (const r of routes) {
    if (r.points.length < 2) continue;
    const { w, h } = labelSize(r.text);
    const own = () => candidates(r.points, w, h);
    spots.set(r.link.id, own);
    let chosen: LabelBox | undefined;
    for (const b of own()) {
      if (clear(b) && !placed.any(b)) {
        chosen = b;
        break;
      }
    }
    let rebuild = false;
    if (!chosen) {
      // Clear of elements but over exactly one label: try moving that label out of the way.
      for (const b of own()) {
        if (!clear(b)) continue;
        const blockers = placed.intersecting(b);
        if (blockers.length !== 1) continue;
        const other = blockers[0]!.id;
        const without = new BoxIndex([...out].filter(([id]) => id !== other).map(([id, box]) => ({ id, box })));
        without.add({ id: r.link.id, box: b });
        let moved: LabelBox | undefined;
        for (const m of spots.get(other)!()) {
          if (clear(m) && !without.any(m)) {
            moved = m;
            break;
          }
        }
        if (moved) {
          out.set(other, moved);
          chosen = b;
          rebuild = true;
          break;
        }
      }
    }
    if (!chosen) {
      // Nowhere free: the place that covers least.
      let fewest = Infinity;
      for (const b of own()) {
        const hits = boxes.intersecting(b).length + placed.intersecting(b).length;
        if (hits < fewest) {
          fewest = hits;
          chosen = b;
        }
      }
    }
    yield;
    if (!chosen) continue;
    out.set(r.link.id, chosen);
    // Labels only ever get added, except when one was moved aside: then the index is built again.
    if (rebuild) placed = placedAt();
    else placed.add({ id: r.link.id, box: chosen });
  }
  return out;
}
