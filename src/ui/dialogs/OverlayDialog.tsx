import type { ReactNode } from 'react';
import { closeOverlay, useOverlayStore, type Overlay } from '../../state/overlay-store';
import { useModal } from './use-modal';

/**
 * A modal the keyboard opens over the canvas (find, shortcuts): shown while the overlay store names it,
 * Escape closes it through the store (so the focus goes back where it was), and its content mounts only
 * while it is open.
 */
export function OverlayDialog({ name, className, titleId, children }: { name: Overlay; className: string; titleId: string; children: () => ReactNode }) {
  const open = useOverlayStore((s) => s.open === name);
  const ref = useModal(open);
  return (
    <dialog
      ref={ref}
      className={`modal ${className}`}
      aria-labelledby={titleId}
      data-testid={className}
      onCancel={(e) => {
        e.preventDefault();
        closeOverlay();
      }}
    >
      {open && children()}
    </dialog>
  );
}
