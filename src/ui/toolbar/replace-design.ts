/**
 * Putting another design on screen from the toolbar (New, a template). Unsaved work is never dropped
 * silently: the user is asked first. The replacement is one undo step, so it can be taken back too.
 */
import type { Design } from '../../domain/design';
import { hasUnsavedChanges, useDesignStore, type DesignOrigin } from '../../state/design-store';
import { askUser } from '../../state/dialog-store';
import { useSessionStore } from '../../state/session-store';
import { zoomToFit } from '../../canvas/canvas-actions';

/** Resolves true when the design was replaced, false when the user kept the current one. */
export async function replaceDesign(next: () => Design, origin: DesignOrigin, what: string): Promise<boolean> {
  if (hasUnsavedChanges()) {
    const choice = await askUser({
      title: 'Replace the current design?',
      message: `The design on screen has changes that were not saved to a file. Opening ${what} replaces it (Undo brings it back).`,
      options: [
        { id: 'cancel', label: 'Cancel' },
        { id: 'replace', label: `Open ${what}`, primary: true, danger: true },
      ],
    });
    if (choice !== 'replace') return false;
  }
  useDesignStore.getState().replace(next(), { origin, undoable: true });
  const session = useSessionStore.getState();
  session.select([]);
  // A design the user chose to open is theirs to edit, even when a shared link had opened read-only.
  session.setReadOnly(false);
  zoomToFit();
  return true;
}
