/**
 * The dot grid behind the diagram (the snap grid), in place of React Flow's <Background>. That one is an SVG
 * pattern whose offset changes on every pan step, so the browser paints and rasterises the whole pane again
 * for every frame of a pan (bench:canvas, notes in src/canvas/README.md). Here the dots are a CSS background
 * on a layer of their own, one cell larger than the pane on each side, that only moves by less than a cell:
 * the compositor shifts the bitmap it has, and a new raster is needed only when the zoom changes the cell.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';

/** Below this many screen pixels per cell the dots would be a haze: none are drawn. */
const MIN_CELL = 6;

const mod = (a: number, n: number) => ((a % n) + n) % n;

export function CanvasGrid({ gap }: { gap: number }) {
  // One string per distinct look: a pan by whole cells renders nothing new.
  const look = useStore((s: ReactFlowState) => {
    const cell = gap * s.transform[2];
    return cell < MIN_CELL ? "" : `${Math.round(mod(s.transform[0], cell))},${Math.round(mod(s.transform[1], cell))},${cell}`;
  });
  if (!look) return null;
  const [dx, dy, cell] = look.split(',').map(Number) as [number, number, number];
  const dot = Math.max(0.6, cell / gap / 2);
  return (
    <div
      className="canvas-grid"
      aria-hidden
      style={{
        left: -cell,
        top: -cell,
        width: `calc(100% + ${2 * cell}px)`,
        height: `calc(100% + ${2 * cell}px)`,
        transform: `translate3d(${dx}px, ${dy}px, 0)`,
        backgroundSize: `${cell}px ${cell}px`,
        // Dots on the cell corners (flow coordinates that are multiples of `gap`).
        backgroundPosition: `${-cell / 2}px ${-cell / 2}px`,
        backgroundImage: `radial-gradient(circle, var(--grid-dot, #91919a) ${dot}px, transparent ${dot + 0.5}px)`,
      }}
    />
  );
}
