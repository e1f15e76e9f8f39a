/**
 * Where a link's line starts and ends: on the borders of its two boxes, along the line between their
 * centres ("floating" ends), shifted sideways by `lane` so that several links between one pair of
 * elements run side by side instead of on top of each other. Pure.
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const LANE_SPACING = 16;

/** The point where the ray from the centre of `r` towards (tx, ty) leaves `r`. */
function borderPoint(r: Rect, cx: number, cy: number, tx: number, ty: number): { x: number; y: number } {
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Infinity : r.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : r.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

export function floatingEnds(a: Rect, b: Rect, lane = 0): { sx: number; sy: number; tx: number; ty: number } {
  let ax = a.x + a.w / 2;
  let ay = a.y + a.h / 2;
  let bx = b.x + b.w / 2;
  let by = b.y + b.h / 2;
  if (lane !== 0) {
    const len = Math.hypot(bx - ax, by - ay) || 1;
    // The normal of the centre line; both ends shift the same way, clamped to stay inside the boxes.
    const nx = (-(by - ay) / len) * lane * LANE_SPACING;
    const ny = ((bx - ax) / len) * lane * LANE_SPACING;
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    ax = clamp(ax + nx, a.x + 2, a.x + a.w - 2);
    ay = clamp(ay + ny, a.y + 2, a.y + a.h - 2);
    bx = clamp(bx + nx, b.x + 2, b.x + b.w - 2);
    by = clamp(by + ny, b.y + 2, b.y + b.h - 2);
  }
  const s = borderPoint(a, ax, ay, bx, by);
  const t = borderPoint(b, bx, by, ax, ay);
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y };
}
