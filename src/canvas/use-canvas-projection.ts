import { useMemo, useState } from 'react';
import { recentMemo } from '../domain/recent-memo';
import type { Design } from '../domain/design';
import type { Geometry } from '../layout/geometry';
import type { Routing } from '../layout/router';
import type { Finding } from '../rules/types';
import { useDesignStore } from '../state/design-store';
import { findingsOf, useCheckStore } from '../state/findings';
import { useFirstScreenDone } from '../state/first-screen';
import { useSessionStore } from '../state/session-store';
import { createGeometryMemo } from './geometry-memo';
import { createProjector, findingsOnCanvas, type Projection } from './projection';
import { useRouting } from './use-routing';
import { elementsInWindow, type Rect } from './view-window';

const findingsShown: (findings: readonly Finding[]) => Map<string, Finding[]> = recentMemo(findingsOnCanvas);
/** No badges while a large design just opened is being checked (state/findings.ts). */
const UNKNOWN: Finding[] = [];
/** Before the first screen is complete the canvas draws no badges: the design is judged right after. */
const NOT_JUDGED_YET = new Map<string, Finding[]>();
/** Nor links: they are routed right after, and drawn once, along their routes. */
const NOT_ROUTED_YET: Projection['edges'] = [];

/**
 * The nodes and edges for the current design, findings and selection. Validation is memoised on the
 * design's identity, geometry on its inputs (geometry-memo.ts), and a drag does not change the design, so
 * neither runs while dragging.
 */
export interface CanvasProjection extends Projection {
  geometry: Geometry;
  /** 0 for a site, 2 for a server, 1 for what sits in a site: how deep the overview draws a box. */
  depthOf: (id: string) => number;
  /** The routes drawn, when there are any yet (a view fitted before them is checked against them, use-framing.ts). */
  routing: Routing | undefined;
}

/** `window`: the part of the diagram to project (use-view-window.ts); null for all of it. */
export function useCanvasProjection(window: Rect | null): CanvasProjection {
  const design = useDesignStore((s) => s.design);
  const selection = useSessionStore((s) => s.selection);
  // Ends when a background check does: the badges arrive then.
  const checking = useCheckStore((s) => s.checking);
  // And when the rules arrive (they are loaded on use, state/findings.ts).
  const rules = useCheckStore((s) => s.rules);
  const [projector] = useState(createProjector);
  const [geometryOf] = useState(createGeometryMemo);
  const geometry = geometryOf(design);
  // The geometry object changes whenever sites or servers do (geometry-memo.ts), so it is the key here.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const depthOf = useMemo(() => depthFunction(design), [geometry]);
  // The first screen is the boxes: routing even the sample's few links took longer than drawing them, so
  // the links are routed and drawn in the render that follows the first paint (state/first-screen.ts).
  const judged = useFirstScreenDone();
  const routed = useRouting(design, geometry, judged);
  const routing = routed?.routing;
  const routedGeometry = routed?.geometry;
  // What is in the window changes with the boxes, the links and their routes, not with other edits.
  const within = useMemo(
    () => elementsInWindow(design, geometry, routing, window, selection),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the design is read for containers only, which the geometry follows
    [geometry, design.links, routing, window, selection],
  );
  const projection = useMemo(
    () =>
      projector({
        design,
        geometry,
        findings: judged ? findingsShown(findingsOf(design) ?? UNKNOWN) : NOT_JUDGED_YET,
        selection: new Set(selection),
        routed: routing && routedGeometry ? { routing, geometry: routedGeometry } : null,
        ...(within && { within }),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `checking` ending or `rules` arriving brings the findings
    [projector, geometry, design, selection, routing, routedGeometry, checking, rules, judged, within],
  );
  return useMemo(
    () => ({ ...projection, edges: judged ? projection.edges : NOT_ROUTED_YET, geometry, depthOf, routing }),
    [projection, judged, geometry, depthOf, routing],
  );
}

function depthFunction(design: Design): (id: string) => number {
  const sites = new Set(design.sites.map((s) => s.id));
  const servers = new Set(design.servers.map((s) => s.id));
  return (id) => (sites.has(id) ? 0 : servers.has(id) ? 2 : 1);
}
