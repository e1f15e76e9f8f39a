/**
 * Pieces every node component shares: the findings badge, the link handles, the low-zoom switch and the
 * memo comparison that ignores position (a node's look does not depend on where it is).
 */
import { Handle, Position, useStore, type ReactFlowState } from '@xyflow/react';
import type { BadgeFields } from '../node-data';

/** Below this zoom nodes draw simplified (no secondary text), which keeps big designs fluid zoomed out. */
export const LOW_ZOOM = 0.35;
const lowZoomSelector = (s: ReactFlowState) => s.transform[2] < LOW_ZOOM;

/** True below LOW_ZOOM; a component re-renders only when the threshold is crossed, not on every zoom step. */
export function useLowZoom(): boolean {
  return useStore(lowZoomSelector);
}

const SEVERITY_WORDS = { error: 'error', warning: 'warning', info: 'note' } as const;

export function FindingBadge({ severity, findingCount, findingText }: BadgeFields) {
  if (!severity || findingCount === 0) return null;
  const label = `${findingCount} ${findingCount === 1 ? 'finding' : 'findings'}, worst: ${SEVERITY_WORDS[severity]}`;
  return (
    <span
      className={`finding-badge finding-${severity}`}
      data-severity={severity}
      data-count={findingCount}
      title={findingText}
      aria-label={label}
      role="img"
    >
      {findingCount}
    </span>
  );
}

/**
 * Link handles. Pools, SQL instances, file stores and gateways show them and start links; sites carry hidden
 * ones so that a (flagged) link to a site is still drawn. Servers have none (see ServerNode).
 */
export function LinkHandles({ visible }: { visible: boolean }) {
  const cls = visible ? 'link-handle' : 'link-handle link-handle-hidden';
  return (
    <>
      <Handle type="target" position={Position.Left} className={cls} isConnectable={visible} />
      <Handle type="source" position={Position.Right} className={cls} isConnectable={visible} />
    </>
  );
}

interface LookProps {
  data: unknown;
  selected?: boolean;
  width?: number;
  height?: number;
  dragging?: boolean;
  isConnectable?: boolean;
}

/** React.memo comparison: re-render for a new look, never for a new position. */
export function sameLook(a: LookProps, b: LookProps): boolean {
  return (
    a.data === b.data &&
    a.selected === b.selected &&
    a.width === b.width &&
    a.height === b.height &&
    a.dragging === b.dragging &&
    a.isConnectable === b.isConnectable
  );
}
