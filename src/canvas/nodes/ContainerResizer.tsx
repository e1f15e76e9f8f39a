import { useCallback, useRef } from 'react';
import { NodeResizeControl, ResizeControlVariant, useStoreApi, type OnResizeEnd, type OnResizeStart } from '@xyflow/react';
import { resizeContainer } from '../../layout/resize';
import { useDesignStore } from '../../state/design-store';
import { useSessionStore } from '../../state/session-store';
import { resizeInStore } from '../drag-in-store';

/**
 * The resize handles of a selected site or pool: its right edge, bottom edge and bottom-right corner (a
 * container grows right and down; moving it covers the other directions, and its children never shift).
 * React Flow's resizer shows the size live, never below `minW`/`minH` (the content); letting go saves the
 * size in the layout as one undo step, neighbours moving aside (layout/resize.ts).
 */
export function ContainerResizer({ id, selected, minW, minH }: { id: string; selected: boolean; minW: number; minH: number }) {
  const readOnly = useSessionStore((s) => s.readOnly);
  const store = useStoreApi();
  const start = useRef<{ width: number; height: number } | undefined>(undefined);

  const onResizeStart: OnResizeStart = useCallback(() => {
    const node = store.getState().nodeLookup.get(id);
    start.current = { width: node?.measured.width ?? 0, height: node?.measured.height ?? 0 };
  }, [store, id]);

  const onResizeEnd: OnResizeEnd = useCallback(
    (_, { width, height }) => {
      const before = useDesignStore.getState().design;
      useDesignStore.getState().apply((d) => resizeContainer(d, id, { w: width, h: height }));
      // Nothing changed (same size): put back the size the handle left in React Flow's store.
      if (useDesignStore.getState().design === before && start.current) {
        resizeInStore(store as unknown as Parameters<typeof resizeInStore>[0], new Map([[id, start.current]]));
      }
      start.current = undefined;
    },
    [store, id],
  );

  if (!selected || readOnly) return null;
  const common = { minWidth: minW, minHeight: minH, onResizeStart, onResizeEnd, autoScale: false };
  return (
    <>
      <NodeResizeControl {...common} position="right" variant={ResizeControlVariant.Line} className="container-resize-line" />
      <NodeResizeControl {...common} position="bottom" variant={ResizeControlVariant.Line} className="container-resize-line" />
      <NodeResizeControl {...common} position="bottom-right" className="container-resize-handle" />
    </>
  );
}
