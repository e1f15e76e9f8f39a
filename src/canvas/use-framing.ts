import { flushSync } from 'react-dom';
import { useEffect, useRef } from 'react';
import { getViewportForBounds, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { useDesignStore } from '../state/design-store';
import { useSessionStore } from '../state/session-store';
import type { CanvasEdge, CanvasNode } from './node-data';
import { boundsOf, computeGeometry, type Box } from '../layout/geometry';
import { routesAtHand } from './use-routing';
import { notify } from '../state/notice-store';
import { LOW_ZOOM } from './nodes/node-parts';

/** The whole diagram: every element, and the routes and labels of links that run around the outside. */
function diagramBounds(): Box {
  const design = useDesignStore.getState().design;
  const geometry = computeGeometry(design);
  // A large design's routes may still be on their way (use-routing.ts): frame the boxes, don't wait.
  const routes = design.links.length ? routesAtHand(design, geometry)?.bounds : undefined;
  const bounds = routes && routes.w > 0 ? boundsOf([geometry.bounds, routes]) : geometry.bounds;
  return bounds;
}

/** The view that shows `bounds` whole, with `padding` (a fraction of the pane) around it, zoomed in no further than `maxZoom`. */
function viewportShowing(bounds: Box, padding: number, maxZoom: number): Viewport | undefined {
  const pane = document.querySelector('.design-canvas .react-flow');
  if (!pane) return undefined;
  const rect = { x: bounds.x, y: bounds.y, width: bounds.w, height: bounds.h };
  return getViewportForBounds(rect, pane.clientWidth, pane.clientHeight, 0.05, maxZoom, padding);
}

/** Zoom at which a design opens when fitting all of it would make names unreadable. */
export const OPEN_ZOOM = 0.6;

/**
 * `opening`: a design just put on screen. Fitting a very large design whole would open it as an unreadable
 * cloud at a few percent zoom, with every element drawn at once; it opens at a readable zoom on its top-left
 * corner instead, and says so (Zoom to fit still shows all of it, and the minimap where the view is).
 */
function fitDiagram(flow: ReactFlowInstance<CanvasNode, CanvasEdge>, duration?: number, opening = false): void {
  const bounds = diagramBounds();
  if (bounds.w === 0) {
    void flow.fitView({ padding: 0.1, maxZoom: 1.2 });
    return;
  }
  const viewport = viewportShowing(bounds, 0.08, 1.2);
  if (!viewport) return;
  if (opening && viewport.zoom < LOW_ZOOM) {
    const margin = 24;
    void flow.setViewport({ x: margin - bounds.x * OPEN_ZOOM, y: margin - bounds.y * OPEN_ZOOM, zoom: OPEN_ZOOM });
    notify({
      key: 'canvas-large-design',
      kind: 'info',
      title: 'Large design: showing its top-left corner',
      text: 'Zoom to fit shows the whole design; the minimap shows where you are.',
    });
    return;
  }
  void flow.setViewport(viewport, duration !== undefined ? { duration } : undefined);
}

/**
 * Fit the view when asked (session frame requests: the ids, or everything when empty) and whenever another
 * design is put on screen (a new origin: file, sample, link). The first design is framed the same way on
 * mount unless a restored viewport says where the user was (React Flow's own fitView would leave out the
 * labels of links routed around the outside, cutting them at the canvas edge).
 */
export function useFraming(flow: ReactFlowInstance<CanvasNode, CanvasEdge>, fitOnMount: boolean): void {
  const frameRequest = useSessionStore((s) => s.frameRequest);
  const origin = useDesignStore((s) => s.origin);
  const firstOrigin = useRef(origin);

  const fitFirst = useRef(fitOnMount);
  useEffect(() => {
    if (!fitFirst.current) return;
    // The flag flips when the fit runs, not before: a cancelled frame (StrictMode's second mount) tries again.
    const handle = requestAnimationFrame(() => {
      fitFirst.current = false;
      fitDiagram(flow, undefined, true);
    });
    return () => cancelAnimationFrame(handle);
  }, [flow]);

  useEffect(() => {
    if (!frameRequest) return;
    // From the geometry, not React Flow's nodes: the canvas holds only those near the view (view-window.ts).
    const geometry = computeGeometry(useDesignStore.getState().design);
    const boxes = frameRequest.ids.flatMap((id) => geometry.absolute.get(id) ?? []);
    const handle = requestAnimationFrame(() => {
      const framed = boxes.length > 0 ? viewportShowing(boundsOf(boxes), 0.25, 1.5) : undefined;
      if (framed) void flow.setViewport(framed, { duration: 250 });
      else fitDiagram(flow, 250);
    });
    return () => cancelAnimationFrame(handle);
  }, [flow, frameRequest]);

  useEffect(() => {
    if (origin === firstOrigin.current) return;
    firstOrigin.current = origin;
    const handle = requestAnimationFrame(() => fitDiagram(flow, undefined, true));
    return () => cancelAnimationFrame(handle);
  }, [flow, origin]);

  // Printing shows the whole diagram on the page, then the view the user had comes back.
  useEffect(() => {
    let saved: ReturnType<typeof flow.getViewport> | undefined;
    const before = () => {
      saved = flow.getViewport();
      // Rendered before the page is laid out for print: the canvas holds only what is near the view
      // (view-window.ts) until React has drawn the fitted view.
      flushSync(() => fitDiagram(flow));
    };
    const after = () => {
      if (saved) void flow.setViewport(saved);
      saved = undefined;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [flow]);
}
