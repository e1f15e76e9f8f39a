import { describe, expect, it } from 'vitest';
import { gridLook, MAX_SCALE, MIN_CELL, nextRasterCell, SPREAD } from './grid-look';

const GAP = 20;
const PANE = { w: 1200, h: 800 };

/** Screen x of dot column `j` of a look: the layer's left edge plus j scaled raster cells. */
const dotX = (look: NonNullable<ReturnType<typeof gridLook>>, j: number) => look.x + j * look.rasterCell * look.scale;

describe('the dot grid layer', () => {
  it('puts dots on flow multiples of the gap, drawn at the true size or scaled during a zoom', () => {
    for (const [tx, zoom, kept] of [
      [0, 1, null],
      [37.4, 1.3, null],
      [-513, 0.75, 30],
      [211.6, 1.9, 20],
      [-9, 0.41, 16],
    ] as const) {
      const look = gridLook([tx, 5, zoom], GAP, kept)!;
      for (const j of [0, 1, 7, 40]) {
        // Screen x = tx + flowX * zoom, so flowX = (screenX - tx) / zoom must be a multiple of the gap.
        const flowX = (dotX(look, j) - tx) / zoom;
        const rounding = kept === null ? 0.5 / zoom : 1e-6;
        const offGrid = Math.abs(flowX / GAP - Math.round(flowX / GAP)) * GAP;
        expect(offGrid).toBeLessThanOrEqual(rounding + 1e-9);
      }
    }
  });

  it('covers the whole pane at every scale a kept raster is used for', () => {
    for (const scale of [1 / SPREAD, 0.6, 1, 1.5, MAX_SCALE]) {
      const kept = 24;
      const zoom = (kept * scale) / GAP;
      for (const tx of [0, 13.7, -400.2, 999]) {
        const look = gridLook([tx, tx / 2, zoom], GAP, kept)!;
        expect(look.x).toBeLessThanOrEqual(0);
        expect(look.y).toBeLessThanOrEqual(0);
        // The layer is SPREAD panes plus two raster cells wide, before the scale.
        const right = look.x + (SPREAD * PANE.w + 2 * look.rasterCell) * look.scale;
        const bottom = look.y + (SPREAD * PANE.h + 2 * look.rasterCell) * look.scale;
        expect(right).toBeGreaterThanOrEqual(PANE.w);
        expect(bottom).toBeGreaterThanOrEqual(PANE.h);
      }
    }
  });

  it('keeps the raster while zooming within its range, draws afresh past it, and at the true size once still', () => {
    expect(nextRasterCell(null, 20, false)).toBeNull();
    expect(nextRasterCell(20, 27, false)).toBeNull();
    expect(nextRasterCell(null, 20, true)).toBe(20);
    expect(nextRasterCell(20, 35, true)).toBe(20);
    expect(nextRasterCell(20, 11, true)).toBe(20);
    expect(nextRasterCell(20, 41, true)).toBe(41);
    expect(nextRasterCell(20, 9, true)).toBe(9);
  });

  it('draws at the true size with no scale when not zooming, and nothing when the cells are too small', () => {
    const look = gridLook([10, 10, 1.5], GAP, null)!;
    expect(look).toMatchObject({ scale: 1, rasterCell: 30 });
    expect(Number.isInteger(look.x) && Number.isInteger(look.y)).toBe(true);
    expect(gridLook([0, 0, (MIN_CELL - 0.1) / GAP], GAP, null)).toBeNull();
  });
});
