/**
 * Which canvas helper dialog is open: the find box or the list of shortcuts. The canvas's keys open them,
 * the UI (ui/dialogs) draws them; one at a time.
 */
import { create } from 'zustand';

export type Overlay = 'find' | 'shortcuts';

export const useOverlayStore = create<{ open: Overlay | undefined }>()(() => ({ open: undefined }));

export function openOverlay(overlay: Overlay): void {
  useOverlayStore.setState({ open: overlay });
}

export function closeOverlay(): void {
  useOverlayStore.setState({ open: undefined });
}
