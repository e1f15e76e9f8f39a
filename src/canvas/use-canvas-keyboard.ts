import { useEffect, type RefObject } from 'react';
import { copySelection, deleteSelection, nudgeSelection, paste, redo, selectAll, undo } from './canvas-actions';
import { openOverlay } from '../state/overlay-store';
import { useSessionStore } from '../state/session-store';
import { matchShortcut } from './shortcuts';

/** Typing in a field, or anything in a dialog or the link chooser (it has keys of its own), is never a canvas shortcut. */
function isEditable(el: Element): boolean {
  if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog, .link-chooser')) return true;
  return (el as HTMLElement).isContentEditable === true;
}

/** Canvas shortcuts apply when the canvas (or nothing in particular) has the focus. */
function isCanvasTarget(target: EventTarget | null, root: HTMLElement | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target === document.body || target === document.documentElement) return true;
  return !!root && root.contains(target) && !isEditable(target);
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** A topology document on the system clipboard belongs to the importer, not to the canvas paste. */
export function isTopologyText(text: string): boolean {
  return text.includes('lync-topology');
}

export interface CanvasKeyHandlers {
  /** Escape: close the link chooser (the selection is cleared here). */
  onEscape: () => void;
  /** L: link the two selected elements. */
  onLink: () => void;
}

/**
 * Keyboard editing on the canvas: the shortcuts of shortcuts.ts (which says which key is which), and copy and
 * paste. Listens in the capture phase so that React Flow's own arrow-key moving (which would bypass the
 * document) never sees the arrows.
 */
export function useCanvasKeyboard(root: RefObject<HTMLElement | null>, { onEscape, onLink }: CanvasKeyHandlers): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isCanvasTarget(e.target, root.current)) return;
      const id = matchShortcut(e);
      switch (id) {
        case 'delete':
          void deleteSelection();
          break;
        case 'undo':
          undo();
          break;
        case 'redo':
          redo();
          break;
        case 'select-all':
          selectAll();
          break;
        case 'nudge':
        case 'nudge-fine': {
          const [dx, dy] = ARROWS[e.key]!;
          const step = id === 'nudge-fine' ? 1 : 10;
          nudgeSelection(dx * step, dy * step);
          e.stopPropagation();
          break;
        }
        case 'deselect':
          onEscape();
          useSessionStore.getState().select([]);
          break;
        case 'copy':
          // Let the browser's copy event follow: it puts a plain-text note on the system clipboard (below).
          copySelection();
          return;
        case 'find':
          openOverlay('find');
          break;
        case 'shortcuts':
          openOverlay('shortcuts');
          break;
        case 'link':
          onLink();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    const onCopy = (e: ClipboardEvent) => {
      if (!isCanvasTarget(e.target, root.current) || hasTextSelection()) return;
      const ids = useSessionStore.getState().selection;
      if (ids.length === 0) return;
      // Replace whatever was on the system clipboard, so a later paste cannot bring back an old topology file.
      e.clipboardData?.setData('text/plain', `Lync topology designer: ${ids.length} element(s) copied`);
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      // The importer (io/paste-import) takes designs and pictures first and marks them handled.
      if (e.defaultPrevented || !isCanvasTarget(e.target, root.current)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (isTopologyText(text)) return;
      e.preventDefault();
      paste();
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('copy', onCopy);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('copy', onCopy);
      window.removeEventListener('paste', onPaste);
    };
  }, [root, onEscape, onLink]);
}

function hasTextSelection(): boolean {
  const s = window.getSelection();
  return !!s && !s.isCollapsed && s.toString().trim() !== '';
}
