/**
 * While the wheel zooms, the viewport is its own compositor layer (`will-change: transform`): each step of the
 * zoom then scales the picture already drawn instead of drawing every visible box, name and route again at
 * the new scale, which at a few thousand elements took two frames per step. The layer is dropped once the
 * wheel has been still for SETTLE_MS, so the picture is drawn again, sharp, at the scale the user stopped at.
 * The returned gesture says whether a zoom is under way, for the grid to do the same (grid-look.ts).
 */
import { useEffect, useState, type RefObject } from 'react';

export const SETTLE_MS = 180;

/** Whether the wheel is zooming, as an external store (useSyncExternalStore). */
export interface ZoomGesture {
  active: () => boolean;
  subscribe: (listener: () => void) => () => void;
}

function createZoomGesture(): ZoomGesture & { set(on: boolean): void } {
  let on = false;
  const listeners = new Set<() => void>();
  return {
    active: () => on,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === on) return;
      on = next;
      for (const l of listeners) l();
    },
  };
}

export function useZoomLayer(root: RefObject<HTMLElement | null>): ZoomGesture {
  const [gesture] = useState(createZoomGesture);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let layered: HTMLElement | null = null;
    const settle = () => {
      timer = undefined;
      if (layered) layered.style.willChange = '';
      layered = null;
      gesture.set(false);
    };
    const onWheel = () => {
      if (!layered) {
        layered = el.querySelector<HTMLElement>('.react-flow__viewport');
        if (layered) layered.style.willChange = 'transform';
      }
      gesture.set(true);
      clearTimeout(timer);
      timer = setTimeout(settle, SETTLE_MS);
    };
    // Capture: React Flow's zoom handler stops the event on the pane.
    el.addEventListener('wheel', onWheel, { capture: true, passive: true });
    return () => {
      el.removeEventListener('wheel', onWheel, { capture: true });
      clearTimeout(timer);
      settle();
    };
  }, [root, gesture]);
  return gesture;
}
