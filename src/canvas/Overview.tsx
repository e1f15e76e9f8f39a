/**
 * The overview in the canvas corner, in place of React Flow's MiniMap: that one repaints an SVG rect per
 * node on every drag or pan tick (about 75 ms of paint and layerize per update at 10,000 elements, see
 * notes/performance.md). Here the design is drawn once per geometry change into a canvas bitmap (sites,
 * containers, boxes), and only the viewport rectangle moves over it. Click or drag in it to move the view.
 */
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Box, Geometry } from '../layout/geometry';

const W = 200;
const H = 140;
const PAD = 20;

interface Frame {
  scale: number;
  ox: number;
  oy: number;
}

/** Fit the design's bounds into the overview. */
function frameOf(bounds: Box): Frame {
  const w = Math.max(bounds.w, 1) + PAD * 2;
  const h = Math.max(bounds.h, 1) + PAD * 2;
  const scale = Math.min(W / w, H / h);
  return { scale, ox: (W - w * scale) / 2 - (bounds.x - PAD) * scale, oy: (H - h * scale) / 2 - (bounds.y - PAD) * scale };
}

const FILL: Record<number, string> = { 0: '#dfe8f3', 1: '#b9c8da', 2: '#8aa4c2' };

const viewportSelector = (s: ReactFlowState) => `${s.transform[0]},${s.transform[1]},${s.transform[2]},${s.width},${s.height}`;

export function Overview({ geometry, depthOf }: { geometry: Geometry; depthOf: (id: string) => number }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow();
  const frame = useMemo(() => frameOf(geometry.bounds), [geometry]);

  useEffect(() => {
    // A task of its own: at 20,000 elements the drawing takes tens of ms, which would lengthen the task that
    // puts a new design on screen.
    const handle = setTimeout(() => {
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      const dpr = window.devicePixelRatio || 1;
      canvas.width = W * dpr;
      canvas.height = H * dpr;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, W, H);
      // Outer boxes first, so inner ones paint over them.
      for (const depth of [0, 1, 2]) {
        ctx.fillStyle = FILL[depth]!;
        for (const [id, b] of geometry.absolute) {
          if (depthOf(id) !== depth) continue;
          ctx.fillRect(frame.ox + b.x * frame.scale, frame.oy + b.y * frame.scale, Math.max(1, b.w * frame.scale), Math.max(1, b.h * frame.scale));
        }
      }
    }, 0);
    return () => clearTimeout(handle);
  }, [geometry, frame, depthOf]);

  const view = useStore(viewportSelector);
  const [tx, ty, zoom, width, height] = view.split(',').map(Number) as [number, number, number, number, number];
  const rect = {
    left: frame.ox + (-tx / zoom) * frame.scale,
    top: frame.oy + (-ty / zoom) * frame.scale,
    width: (width / zoom) * frame.scale,
    height: (height / zoom) * frame.scale,
  };

  const moveTo = useCallback(
    (e: React.PointerEvent<HTMLDivElement>) => {
      const box = e.currentTarget.getBoundingClientRect();
      const x = (e.clientX - box.left - frame.ox) / frame.scale;
      const y = (e.clientY - box.top - frame.oy) / frame.scale;
      void flow.setCenter(x, y, { zoom: flow.getZoom() });
    },
    [flow, frame],
  );

  return (
    <Panel position="bottom-right" className="canvas-overview">
      <div
        role="img"
        aria-label="Overview of the design"
        style={{ position: 'relative', width: W, height: H, overflow: 'hidden' }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons === 1) moveTo(e);
        }}
      >
        <canvas ref={canvasRef} style={{ width: W, height: H, display: 'block' }} />
        <div className="canvas-overview-view" style={{ position: 'absolute', ...rect }} />
      </div>
    </Panel>
  );
}
