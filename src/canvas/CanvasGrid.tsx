/**
 * The dot grid behind the diagram (the snap grid), in place of React Flow's <Background>. That one is an SVG
 * pattern whose offset changes on every pan step, so the browser paints and rasterises the whole pane again
 * for every frame of a pan (bench:canvas, notes in src/canvas/README.md). Here the dots are a CSS background
 * on a layer of their own, one cell larger than the pane on each side, that only moves by less than a cell:
 * the compositor shifts the bitmap it has. During a wheel zoom the layer is scaled, not drawn again
 * (grid-look.ts); it is rasterised afresh at the true cell size when the wheel is still.
 */
import { useState, useSyncExternalStore } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { gridLook, nextRasterCell, SPREAD } from './grid-look';
import type { ZoomGesture } from './use-zoom-layer';

const transformOf = (s: ReactFlowState) => s.transform;

export function CanvasGrid({ gap, zoom }: { gap: number; zoom: ZoomGesture }) {
  const transform = useStore(transformOf);
  const zooming = useSyncExternalStore(zoom.subscribe, zoom.active);
  const [kept, setKept] = useState<number | null>(null);
  const next = nextRasterCell(kept, gap * transform[2], zooming);
  // Adjusting state while rendering (React re-renders at once, before the browser paints).
  if (next !== kept) setKept(next);
  const look = gridLook(transform, gap, next);
  if (!look) return null;
  const { x, y, scale, rasterCell: cell, dot } = look;
  return (
    <div
      className="canvas-grid"
      aria-hidden
      data-cell={cell}
      style={{
        width: `calc(${SPREAD * 100}% + ${2 * cell}px)`,
        height: `calc(${SPREAD * 100}% + ${2 * cell}px)`,
        transform: `translate3d(${x}px, ${y}px, 0) scale(${scale})`,
        backgroundSize: `${cell}px ${cell}px`,
        // Dots on the cell corners (flow coordinates that are multiples of `gap`).
        backgroundPosition: `${-cell / 2}px ${-cell / 2}px`,
        backgroundImage: `radial-gradient(circle, var(--grid-dot, #91919a) ${dot}px, transparent ${dot + 0.5}px)`,
      }}
    />
  );
}
