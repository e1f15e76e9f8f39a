import { useEffect, useRef } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import { useDesignStore } from '../state/design-store';
import { useSessionStore } from '../state/session-store';
import type { CanvasEdge, CanvasNode } from './node-data';

/**
 * Fit the view when asked (session frame requests: the ids, or everything when empty) and whenever another
 * design is put on screen (a new origin: file, sample, link). The first design is framed by React Flow's
 * own fitView on mount.
 */
export function useFraming(flow: ReactFlowInstance<CanvasNode, CanvasEdge>): void {
  const frameRequest = useSessionStore((s) => s.frameRequest);
  const origin = useDesignStore((s) => s.origin);
  const firstOrigin = useRef(origin);

  useEffect(() => {
    if (!frameRequest) return;
    const ids = frameRequest.ids.filter((id) => flow.getInternalNode(id));
    // One frame later React Flow has adopted the nodes of the latest render.
    const handle = requestAnimationFrame(() => {
      void flow.fitView(
        ids.length > 0 ? { nodes: ids.map((id) => ({ id })), padding: 0.25, maxZoom: 1.5, duration: 250 } : { padding: 0.1, maxZoom: 1.2, duration: 250 },
      );
    });
    return () => cancelAnimationFrame(handle);
  }, [flow, frameRequest]);

  useEffect(() => {
    if (origin === firstOrigin.current) return;
    firstOrigin.current = origin;
    const handle = requestAnimationFrame(() => void flow.fitView({ padding: 0.1, maxZoom: 1.2 }));
    return () => cancelAnimationFrame(handle);
  }, [flow, origin]);
}
