import { useEffect, type RefObject } from 'react';
import { copySelection, deleteSelection, nudgeSelection, paste, redo, selectAll, undo } from './canvas-actions';
import { useSessionStore } from '../state/session-store';

/** Typing in a field, or anything in a dialog, is never a canvas shortcut. */
function isEditable(el: Element): boolean {
  if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog')) return true;
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

/**
 * Keyboard editing on the canvas: Delete/Backspace, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, Ctrl+A, arrows (10 px,
 * Shift 1 px), Ctrl+C and paste. Listens in the capture phase so that React Flow's own arrow-key moving
 * (which would bypass the document) never sees the arrows. Escape closes the link chooser via onEscape.
 */
export function useCanvasKeyboard(root: RefObject<HTMLElement | null>, onEscape: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isCanvasTarget(e.target, root.current)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      let handled = true;
      if (key === 'Delete' || key === 'Backspace') void deleteSelection();
      else if (mod && key === 'z' && !e.shiftKey) undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) redo();
      else if (mod && key === 'a') selectAll();
      else if (key in ARROWS && !mod && !e.altKey) {
        const [dx, dy] = ARROWS[key]!;
        const step = e.shiftKey ? 1 : 10;
        nudgeSelection(dx * step, dy * step);
        e.stopPropagation();
      } else if (key === 'Escape') {
        onEscape();
        useSessionStore.getState().select([]);
      } else if (mod && key === 'c') {
        // Let the browser's copy event follow: it puts a plain-text note on the system clipboard (below).
        copySelection();
        return;
      } else handled = false;
      if (handled) e.preventDefault();
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
  }, [root, onEscape]);
}

function hasTextSelection(): boolean {
  const s = window.getSelection();
  return !!s && !s.isCollapsed && s.toString().trim() !== '';
}
