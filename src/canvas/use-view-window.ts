import { useCallback, useEffect, useRef, useState } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useSessionStore } from '../state/session-store';
import { visibleArea, windowAround, windowStale, type Rect } from './view-window';

export interface ViewWindow {
  /** The window around the view (view-window.ts), in flow coordinates. */
  window: Rect;
  /** While a drag is on, the window stays where it is: a new node list would put the dragged nodes back. */
  hold(on: boolean): void;
}

/** Before React Flow has measured its pane: the browser window, at the view the canvas starts with. */
function firstWindow(): Rect {
  const v = useSessionStore.getState().viewport ?? { x: 0, y: 0, zoom: 1 };
  const w = typeof window === 'undefined' ? 1280 : window.innerWidth;
  const h = typeof window === 'undefined' ? 800 : window.innerHeight;
  return windowAround(visibleArea([v.x, v.y, v.zoom], w, h));
}

/**
 * The canvas's view window. It follows React Flow's viewport without re-rendering on every pan step: the
 * state changes only when the view leaves the window (view-window.ts, windowStale).
 */
export function useViewWindow(): ViewWindow {
  const store = useStoreApi();
  const [current, setCurrent] = useState(firstWindow);
  const held = useRef(false);
  const latest = useRef(current);

  const check = useCallback((s: ReactFlowState) => {
    if (held.current || s.width === 0 || s.height === 0) return;
    const visible = visibleArea(s.transform, s.width, s.height);
    if (!windowStale(latest.current, visible)) return;
    latest.current = windowAround(visible);
    setCurrent(latest.current);
  }, []);

  useEffect(() => {
    check(store.getState());
    return store.subscribe(check);
  }, [store, check]);

  const hold = useCallback(
    (on: boolean) => {
      held.current = on;
      if (!on) check(store.getState());
    },
    [store, check],
  );
  return { window: current, hold };
}
