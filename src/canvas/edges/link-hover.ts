/**
 * Which link the pointer is over, so the link and both its ends can be highlighted. A tiny store of its own:
 * hovering is not part of the document or the selection, and only the three components concerned re-render.
 */
import { create } from 'zustand';

interface LinkHover {
  link: string | undefined;
  from: string | undefined;
  to: string | undefined;
  enter: (link: string, from: string, to: string) => void;
  leave: (link: string) => void;
}

export const useLinkHover = create<LinkHover>((set, get) => ({
  link: undefined,
  from: undefined,
  to: undefined,
  enter: (link, from, to) => set({ link, from, to }),
  leave: (link) => {
    if (get().link === link) set({ link: undefined, from: undefined, to: undefined });
  },
}));

/** True while the pointer is over a link that ends at this element. */
export function useIsHoveredEnd(id: string): boolean {
  return useLinkHover((s) => s.from === id || s.to === id);
}
