import { useEffect, useState } from 'react';
import type { Design } from '../domain/design';
import type { Geometry } from '../layout/geometry';
import { runInSlices } from '../state/run-in-slices';
import { routeDesign, routedAlready, routingJob, type Routing } from '../layout/router';

/** Up to this many links, routes are computed at once, in the render that needs them. */
export const SYNC_LINKS = 400;
/** Work per task while a large design is routed; input and painting get the time between tasks. */
const SLICE_MS = 6;

const wrap = (routing: Routing | undefined) => (routing ? { value: routing } : undefined);

/** The routes when they are at hand: cached, or cheap enough to compute now; undefined while a large design's are on their way. */
export function routesAtHand(design: Design, geometry: Geometry): Routing | undefined {
  return routedAlready(design, geometry) ?? (design.links.length <= SYNC_LINKS ? routeDesign(design, geometry) : undefined);
}

export interface RoutedFor {
  routing: Routing;
  geometry: Geometry;
}

/**
 * The link routes for the canvas. A small design (the usual case, and every template) is routed in the
 * render, as before. A large one is routed in short tasks after it is on screen, so opening or editing
 * 10,000 elements never blocks the page for the seconds routing takes; meanwhile the previous routing is
 * shown (null before the first), and links whose ends moved are drawn straight until theirs is ready.
 */
export function useRouting(design: Design, geometry: Geometry, due = true): RoutedFor | null {
  // `due` false: no routes yet, not even a small design's (the first screen draws its boxes first).
  const ready = due ? routesAtHand(design, geometry) : undefined;
  const [latest, setLatest] = useState<RoutedFor | null>(null);
  const links = design.links;

  useEffect(() => {
    if (ready || !due) return;
    const job = routingJob(design, geometry);
    // Background priority: an undo step or an edit renders first and the routes follow, instead of the
    // frame that shows the step queuing behind slices of the previous step's routing.
    const work = runInSlices<Routing>({ step: (ms, now) => wrap(job.step(ms, now)) }, { sliceMs: SLICE_MS, priority: 'background' });
    void work.done.then((routing) => setLatest({ routing, geometry }));
    return () => work.cancel();
    // The job depends on the links and the geometry only (routes are keyed on exactly these).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [links, geometry, ready, due]);

  return ready ? { routing: ready, geometry } : latest;
}
