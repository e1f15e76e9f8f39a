import { useEffect } from 'react';
import { redo, undo } from '../../canvas/canvas-actions';
import { matchShortcut } from '../../canvas/shortcuts';
import { useSessionStore } from '../../state/session-store';

/** Whether a key press belongs to a text control, whose own undo must keep working. */
function inTextControl(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.isContentEditable || el.closest('input, textarea, select') !== null;
}

/**
 * Ctrl+Z / Cmd+Z undo; Ctrl+Y, Ctrl+Shift+Z / Cmd+Shift+Z redo while the focus is on a panel or toolbar
 * button. The canvas handles the same keys first (capture phase) when it has the focus, and marks them
 * handled, so one key press is never two undo steps; text fields keep their own undo.
 */
export function useHistoryShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || inTextControl(e.target)) return;
      if (useSessionStore.getState().readOnly) return;
      const id = matchShortcut(e);
      if (id === 'undo') undo();
      else if (id === 'redo') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
