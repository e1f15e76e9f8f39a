import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useDesignStore } from '../state/design-store';
import { notify } from '../state/notice-store';
import { usePreferencesStore } from '../state/preferences-store';
import { useSessionStore } from '../state/session-store';
import { offerPoolRenames } from './canvas-actions';
import { paletteDrop } from './gestures';
import { paletteItem, PALETTE_MIME, type PaletteItemId } from './palette-items';

const isPaletteDrag = (e: DragEvent) => e.dataTransfer.types.includes(PALETTE_MIME) && !e.dataTransfer.types.includes('Files');

/**
 * Drops from the palette: the payload names the item; where it lands decides its container (gestures.ts).
 * Drops carrying files are left alone, for the importer.
 */
export function usePaletteDrop(): { onDragOver: (e: DragEvent) => void; onDrop: (e: DragEvent) => void } {
  const { screenToFlowPosition } = useReactFlow();

  const onDragOver = useCallback((e: DragEvent) => {
    if (!isPaletteDrag(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = useSessionStore.getState().readOnly ? 'none' : 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      if (!isPaletteDrag(e)) return;
      e.preventDefault();
      if (useSessionStore.getState().readOnly) {
        notify({ key: 'canvas-read-only', kind: 'info', title: 'This design is read-only', text: 'Make a copy to edit it.' });
        return;
      }
      let itemId: string | undefined;
      try {
        const payload: unknown = JSON.parse(e.dataTransfer.getData(PALETTE_MIME));
        if (payload && typeof payload === 'object' && 'item' in payload && typeof payload.item === 'string') itemId = payload.item;
      } catch {
        itemId = undefined;
      }
      if (!itemId || !paletteItem(itemId)) return;
      const point = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const grid = usePreferencesStore.getState().snapToGrid ? 10 : 1;
      const result = paletteDrop(useDesignStore.getState().design, itemId as PaletteItemId, point, grid);
      if (!result.ok) {
        notify({ key: 'canvas-drop', kind: 'warning', title: 'Cannot drop that here', text: result.message });
        return;
      }
      useDesignStore.getState().apply(() => result.design);
      useSessionStore.getState().select(result.select);
      if (itemId.startsWith('server:')) {
        const server = result.design.servers.find((s) => s.id === result.select[0]);
        if (server) void offerPoolRenames([server.poolId]);
      }
    },
    [screenToFlowPosition],
  );

  return { onDragOver, onDrop };
}
