import { useEffect, useState } from 'react';
import type { Design } from '../domain/design';
import type { Geometry } from '../layout/geometry';
import { afterNextPaint } from '../state/after-paint';
import { expectedRoutingMs, pauseRouting, resumeRouting, routeInBackground } from './routing/client';
import { useDesignStore } from '../state/design-store';
import { routeDesign, routedAlready, type Routing } from '../layout/router';

/** Up to this many links, routes are computed at once, in the render that needs them. */
export const SYNC_LINKS = 400;
/** How long a large design stays unchanged before its routes are asked for again. */
const SETTLE_MS = 100;

// A change to the design pauses the routing worker until the change is painted: the store calls this
// before React renders it, so the frame that shows an undo step or an edit does not share the machine's
// second core with routing. A request the change makes stale is cancelled and replaced meanwhile.
let resumeAfterPaint: (() => void) | undefined;
useDesignStore.subscribe((state, before) => {
  if (state.design === before.design) return;
  pauseRouting();
  resumeAfterPaint?.();
  resumeAfterPaint = afterNextPaint(() => {
    resumeAfterPaint = undefined;
    resumeRouting();
  });
});

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
 * render, as before. A large one is routed in the routing worker (routing/client.ts) after it is on screen,
 * so opening, editing or undoing at 10,000 elements never waits for the time routing takes; meanwhile the previous routing is
 * shown (null before the first), and links whose ends moved are drawn straight until theirs is ready.
 */
export function useRouting(design: Design, geometry: Geometry, due = true): RoutedFor | null {
  // `due` false: no routes yet, not even a small design's (the first screen draws its boxes first).
  const ready = due ? routesAtHand(design, geometry) : undefined;
  const [latest, setLatest] = useState<RoutedFor | null>(null);
  const links = design.links;

  useEffect(() => {
    if (ready || !due) return;
    // Asked once the step is painted (building and sending the request is a few milliseconds at 10k), and,
    // when routes are already shown, once the design has stayed put a moment: held-down Ctrl+Z or a quick
    // series of edits would otherwise start a routing per step, each thrown away by the next, and on a
    // two-core machine that work slows the frames that show the steps. The moment lasts at least as long as
    // a routing takes: steps that come faster than that would cancel each request before its answer.
    let work: ReturnType<typeof routeInBackground> | undefined;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      work = routeInBackground(design, geometry);
      void work.done.then((routing) => setLatest({ routing, geometry }));
    };
    const shown = latest !== null;
    const cancelWait = afterNextPaint(() => (shown ? (settle = setTimeout(send, Math.max(SETTLE_MS, expectedRoutingMs()))) : send()));
    return () => {
      cancelWait();
      clearTimeout(settle);
      work?.cancel();
    };
    // The job depends on the links and the geometry only (routes are keyed on exactly these).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [links, geometry, ready, due]);

  return ready ? { routing: ready, geometry } : latest;
}
