/**
 * Session state: what the user is looking at and has selected. Kept apart from the document so that
 * selecting or panning never enters undo history, never marks the design as changed and never re-validates.
 */
import { create } from 'zustand';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface SessionState {
  /** Selected element ids (sites, pools, servers, SQL instances, file stores, gateways, links). */
  selection: string[];
  viewport: Viewport | undefined;
  /** Ask the canvas to frame these ids (problems list click, zoom to fit); a counter makes each request new. */
  frameRequest: { ids: string[]; seq: number } | undefined;
  /** A shared link opened read-only: editing is off until the user makes a copy. */
  readOnly: boolean;
  select: (ids: string[]) => void;
  setViewport: (viewport: Viewport) => void;
  frame: (ids: string[]) => void;
  setReadOnly: (readOnly: boolean) => void;
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  selection: [],
  viewport: undefined,
  frameRequest: undefined,
  readOnly: false,
  select: (ids) => {
    const current = get().selection;
    if (ids.length === current.length && ids.every((id, i) => id === current[i])) return;
    set({ selection: ids });
  },
  setViewport: (viewport) => set({ viewport }),
  frame: (ids) => set({ frameRequest: { ids, seq: (get().frameRequest?.seq ?? 0) + 1 } }),
  setReadOnly: (readOnly) => set({ readOnly }),
}));
