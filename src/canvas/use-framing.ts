import { flushSync } from 'react-dom';
import { useCallback, useEffect, useRef } from 'react';
import { getViewportForBounds, useStoreApi, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import type { Design } from '../domain/design';
import { useDesignStore } from '../state/design-store';
import { isFirstScreenDone } from '../state/first-screen';
import { useSessionStore } from '../state/session-store';
import type { CanvasEdge, CanvasNode } from './node-data';
import { boundsOf, computeGeometry, type Box } from '../layout/geometry';
import { labelSize } from '../layout/label-placement';
import { CLEARANCE } from '../layout/orthogonal-path';
import { linkText, routedAlready, type Routing } from '../layout/router';
import { routesAtHand } from './use-routing';
import { notify } from '../state/notice-store';
import { LOW_ZOOM } from './nodes/node-parts';

type Flow = ReactFlowInstance<CanvasNode, CanvasEdge>;
/** The pane's size as React Flow measured it (its resize observer), so that fitting forces no layout. */
type PaneSize = () => { width: number; height: number };

/**
 * How far outside the boxes routes and labels usually reach: a route around the outside runs a clearance
 * off the boxes, and its label may sit beside it, its whole width (or height) further out. Links fanned
 * into further lanes may reach beyond; the view is checked once the routes are drawn.
 */
function routeReach(design: Design): { x: number; y: number } {
  let widest = 0;
  for (const link of design.links) widest = Math.max(widest, labelSize(linkText(link)).w);
  return { x: CLEARANCE + widest + 3, y: CLEARANCE + labelSize('').h + 2 };
}

/**
 * The whole diagram: `exact`, every element and the routes and labels of links that run around the outside;
 * `roomy`, the boxes with room around them for such routes (routeReach). `routes` is undefined while the
 * routes are not at hand: the first screen does not wait for them (use-canvas-projection.ts), nor does a
 * large design (use-routing.ts).
 */
function diagramBounds(): { exact: Box; roomy: Box; routes: Box | undefined } {
  const design = useDesignStore.getState().design;
  const geometry = computeGeometry(design);
  const b = geometry.bounds;
  if (!design.links.length) return { exact: b, roomy: b, routes: { x: 0, y: 0, w: 0, h: 0 } };
  const routes = (isFirstScreenDone() ? routesAtHand(design, geometry) : routedAlready(design, geometry))?.bounds;
  const reach = routeReach(design);
  const roomy = b.w > 0 ? { x: b.x - reach.x, y: b.y - reach.y, w: b.w + 2 * reach.x, h: b.h + 2 * reach.y } : b;
  return { exact: routes && routes.w > 0 ? boundsOf([b, routes]) : b, roomy, routes };
}

/** The view that shows `bounds` whole, with `padding` (a fraction of the pane) around it, zoomed in no further than `maxZoom`. */
function viewportShowing(pane: PaneSize, bounds: Box, padding: number, maxZoom: number): Viewport | undefined {
  let { width, height } = pane();
  if (width === 0 || height === 0) {
    // Not measured yet: ask the page (which lays it out now).
    const el = document.querySelector('.design-canvas .react-flow');
    if (!el) return undefined;
    [width, height] = [el.clientWidth, el.clientHeight];
  }
  const rect = { x: bounds.x, y: bounds.y, width: bounds.w, height: bounds.h };
  return getViewportForBounds(rect, width, height, 0.05, maxZoom, padding);
}

/** Whether the view shows all of `bounds`. */
function showsAll(pane: PaneSize, view: Viewport, bounds: Box): boolean {
  const { width, height } = pane();
  const x = -view.x / view.zoom;
  const y = -view.y / view.zoom;
  return bounds.x >= x && bounds.y >= y && bounds.x + bounds.w <= x + width / view.zoom && bounds.y + bounds.h <= y + height / view.zoom;
}

/** Zoom at which a design opens when fitting all of it would make names unreadable. */
export const OPEN_ZOOM = 0.6;

/**
 * `opening`: a design just put on screen. Fitting a very large design whole would open it as an unreadable
 * cloud at a few percent zoom, with every element drawn at once; it opens at a readable zoom on its top-left
 * corner instead, and says so (Zoom to fit still shows all of it, and the minimap where the view is).
 * Returns the view set when the routes were not at hand (see diagramBounds), so that the caller can check it
 * against them once they are.
 */
function fitDiagram(flow: Flow, pane: PaneSize, duration?: number, opening = false): Viewport | undefined {
  const { exact, roomy, routes } = diagramBounds();
  if (exact.w === 0) {
    void flow.fitView({ padding: 0.1, maxZoom: 1.2 });
    return undefined;
  }
  // A design just opened is framed the same way whether or not its routes are at hand yet (they are, in a
  // tab that opens it after the first screen): two tabs showing one design get the same view, so neither
  // autosaves a view the other then follows, and back. The exact bounds only when a route runs out of it.
  let bounds = opening || !routes ? roomy : exact;
  let viewport = viewportShowing(pane, bounds, 0.08, 1.2);
  if (viewport && opening && routes && routes.w > 0 && !showsAll(pane, viewport, routes)) {
    bounds = exact;
    viewport = viewportShowing(pane, bounds, 0.08, 1.2);
  }
  if (!viewport) return undefined;
  if (opening && viewport.zoom < LOW_ZOOM) {
    const margin = 24;
    void flow.setViewport({ x: margin - exact.x * OPEN_ZOOM, y: margin - exact.y * OPEN_ZOOM, zoom: OPEN_ZOOM });
    notify({
      key: 'canvas-large-design',
      kind: 'info',
      title: 'Large design: showing its top-left corner',
      text: 'Zoom to fit shows the whole design; the minimap shows where you are.',
    });
    return undefined;
  }
  void flow.setViewport(viewport, duration !== undefined ? { duration } : undefined);
  return routes ? undefined : viewport;
}

/**
 * Fit the view when asked (session frame requests: the ids, or everything when empty) and whenever another
 * design is put on screen (a new origin: file, sample, link). The first design is framed the same way on
 * mount unless a restored viewport says where the user was (React Flow's own fitView would leave out the
 * labels of links routed around the outside, cutting them at the canvas edge).
 */
export function useFraming(flow: Flow, fitOnMount: boolean, routing: Routing | undefined): void {
  const frameRequest = useSessionStore((s) => s.frameRequest);
  const origin = useDesignStore((s) => s.origin);
  const firstOrigin = useRef(origin);
  const store = useStoreApi<CanvasNode, CanvasEdge>();
  const pane: PaneSize = useCallback(() => store.getState(), [store]);
  /** A view fitted before the routes were drawn: checked against them when they are. */
  const beforeRoutes = useRef<Viewport | undefined>(undefined);
  const fit = useCallback(
    (duration?: number, opening = false) => {
      beforeRoutes.current = fitDiagram(flow, pane, duration, opening);
    },
    [flow, pane],
  );

  const fitFirst = useRef(fitOnMount);
  useEffect(() => {
    if (!fitFirst.current) return;
    // The flag flips when the fit runs, not before: a cancelled frame (StrictMode's second mount) tries again.
    const handle = requestAnimationFrame(() => {
      fitFirst.current = false;
      fit(undefined, true);
    });
    return () => cancelAnimationFrame(handle);
  }, [fit]);

  // The routes came after the fit: if a link's route or label runs outside the view, and the view is still
  // the fitted one (the user has not moved it since), fit again with the routes in.
  useEffect(() => {
    const fitted = beforeRoutes.current;
    if (!routing || !fitted) return;
    beforeRoutes.current = undefined;
    const now = flow.getViewport();
    if (Math.abs(now.x - fitted.x) > 0.5 || Math.abs(now.y - fitted.y) > 0.5 || Math.abs(now.zoom - fitted.zoom) > 1e-4) return;
    if (routing.bounds.w === 0 || showsAll(pane, now, routing.bounds)) return;
    fit(200);
  }, [flow, pane, fit, routing]);

  useEffect(() => {
    if (!frameRequest) return;
    // From the geometry, not React Flow's nodes: the canvas holds only those near the view (view-window.ts).
    const geometry = computeGeometry(useDesignStore.getState().design);
    const boxes = frameRequest.ids.flatMap((id) => geometry.absolute.get(id) ?? []);
    const handle = requestAnimationFrame(() => {
      const framed = boxes.length > 0 ? viewportShowing(pane, boundsOf(boxes), 0.25, 1.5) : undefined;
      if (framed) {
        beforeRoutes.current = undefined;
        void flow.setViewport(framed, { duration: 250 });
      } else fit(250);
    });
    return () => cancelAnimationFrame(handle);
  }, [flow, pane, fit, frameRequest]);

  useEffect(() => {
    if (origin === firstOrigin.current) return;
    firstOrigin.current = origin;
    const handle = requestAnimationFrame(() => fit(undefined, true));
    return () => cancelAnimationFrame(handle);
  }, [fit, origin]);

  // Printing shows the whole diagram on the page, then the view the user had comes back.
  useEffect(() => {
    let saved: ReturnType<typeof flow.getViewport> | undefined;
    const before = () => {
      saved = flow.getViewport();
      // Rendered before the page is laid out for print: the canvas holds only what is near the view
      // (view-window.ts) until React has drawn the fitted view.
      flushSync(() => fitDiagram(flow, pane));
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
  }, [flow, pane]);
}
