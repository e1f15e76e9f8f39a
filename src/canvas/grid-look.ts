/**
 * Where the dot grid's layer goes for a viewport (CanvasGrid.tsx), kept apart from React so it can be tested.
 *
 * The grid is a CSS background on a layer of its own. A new background size means the browser rasterises
 * the whole pane again, which during a wheel zoom (a new cell size on every step) cost more than drawing the
 * diagram: about 0.7 s of raster per 3 s of zooming at 3,000 elements on this machine (a trace of the
 * bench:canvas zoom gesture). So while the wheel turns, the background keeps the cell size it had
 * (`rasterCell`) and the layer is scaled instead, which the compositor does from the bitmap it has; once
 * the wheel is still the layer is drawn again at the true size.
 */

/** Below this many screen pixels per cell the dots would be a haze: none are drawn. */
export const MIN_CELL = 6;

/**
 * The layer is this many panes wide and high (plus a cell each side), so that scaled down to 1 / SPREAD it
 * still covers the pane. Always, not only while zooming: a layer that changed size when the wheel started
 * was rasterised again on the gesture's first frame. Only its part inside the pane is drawn.
 */
export const SPREAD = 2;
/** Past this scale the dots of the kept bitmap would look blurred: the grid is rasterised afresh. */
export const MAX_SCALE = 2;

export interface GridLook {
  /** Translation of the layer's top-left corner in the pane, px. */
  x: number;
  y: number;
  /** Scale applied to the layer (1 unless a zoom is under way). */
  scale: number;
  /** The background's cell size before the scale, px. */
  rasterCell: number;
  /** The dot radius at that cell size, px. */
  dot: number;
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/**
 * The raster cell to keep for this frame: none when not zooming (draw at the true size), the current one
 * while it still covers the pane sharply, else the true cell size (one fresh raster).
 */
export function nextRasterCell(kept: number | null, cell: number, zooming: boolean): number | null {
  if (!zooming) return null;
  if (kept === null) return cell;
  const scale = cell / kept;
  return scale < 1 / SPREAD || scale > MAX_SCALE ? cell : kept;
}

/**
 * The layer for viewport transform [tx, ty, zoom] with dots every `gap` flow units, or null when the cells
 * would be too small to show. The dots land on flow coordinates that are multiples of `gap`.
 */
export function gridLook([tx, ty, zoom]: readonly [number, number, number], gap: number, rasterCell: number | null): GridLook | null {
  const cell = gap * zoom;
  if (cell < MIN_CELL) return null;
  const raster = rasterCell ?? cell;
  // The first dot column at or left of the pane's edge, one cell further out, so a sub-cell pan never
  // shows the layer's edge. Whole pixels when drawn at the true size: dots stay crisp.
  const at = (t: number) => (rasterCell === null ? Math.round(mod(t, cell)) : mod(t, cell)) - cell;
  return {
    x: at(tx),
    y: at(ty),
    scale: cell / raster,
    rasterCell: raster,
    dot: Math.max(0.6, raster / gap / 2),
  };
}
