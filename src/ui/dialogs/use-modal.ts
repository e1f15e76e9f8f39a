import { useEffect, useRef } from 'react';

/**
 * Show a <dialog> as a modal while `open`, and give the focus back to where it was (a node, the canvas, a
 * button) when it closes, as a keyboard user expects.
 */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const before = document.activeElement;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [open]);
  return ref;
}
