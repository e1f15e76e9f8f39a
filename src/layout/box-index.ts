/**
 * A uniform grid of boxes for "what is near here" queries, so routing and label placement stay close to
 * linear on large designs instead of testing every box against every other.
 */
import type { Box } from './geometry';

const CELL = 256;

export interface IndexedBox {
  id: string;
  box: Box;
}

export class BoxIndex {
  // Numeric cell keys: a string per cell and query was most of the cost of routing and label placement.
  private readonly cells = new Map<number, IndexedBox[]>();

  constructor(items: Iterable<IndexedBox> = []) {
    for (const item of items) this.add(item);
  }

  add(item: IndexedBox): void {
    const { box } = item;
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++) {
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(item);
        else this.cells.set(key, [item]);
      }
    }
  }

  /** Every box whose cell range meets the area (a superset of those that intersect it), each once. */
  near(area: Box): IndexedBox[] {
    const x0 = Math.floor(area.x / CELL), x1 = Math.floor((area.x + area.w) / CELL);
    const y0 = Math.floor(area.y / CELL), y1 = Math.floor((area.y + area.h) / CELL);
    if (x0 === x1 && y0 === y1) return [...(this.cells.get(cellKey(x0, y0)) ?? [])];
    const seen = new Set<IndexedBox>();
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (list) for (const item of list) seen.add(item);
      }
    }
    return [...seen];
  }

  /** Whether a box near the area passes `test` (no list built; a box may be tested more than once). */
  some(area: Box, test: (item: IndexedBox) => boolean): boolean {
    for (let cx = Math.floor(area.x / CELL); cx <= Math.floor((area.x + area.w) / CELL); cx++) {
      for (let cy = Math.floor(area.y / CELL); cy <= Math.floor((area.y + area.h) / CELL); cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (list) for (const item of list) if (test(item)) return true;
      }
    }
    return false;
  }

  /** Boxes whose interior intersects the area. */
  intersecting(area: Box): IndexedBox[] {
    return this.near(area).filter((item) => intersects(item.box, area));
  }

  /** Whether any box's interior intersects the area (no list built: the common "is this place free?"). */
  any(area: Box): boolean {
    for (let cx = Math.floor(area.x / CELL); cx <= Math.floor((area.x + area.w) / CELL); cx++) {
      for (let cy = Math.floor(area.y / CELL); cy <= Math.floor((area.y + area.h) / CELL); cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (list) for (const item of list) if (intersects(item.box, area)) return true;
      }
    }
    return false;
  }
}

/** One number per cell; designs stay far inside +-2^20 cells of 256 px. */
function cellKey(cx: number, cy: number): number {
  return (cx + 0x100000) * 0x200000 + (cy + 0x100000);
}

/** Interiors intersect (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function inflate(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by };
}
