import { memo, useCallback } from 'react';
import { BaseEdge, EdgeLabelRenderer, getStraightPath, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { useSessionStore } from '../../state/session-store';
import type { CanvasEdge } from '../node-data';
import { LINK_ERROR_COLOR, LINK_STYLES } from '../link-styles';
import { countRender } from '../render-stats';
import { useLowZoom } from '../nodes/node-parts';
import { floatingEnds, type Rect } from './edge-geometry';
import { markerId } from './LinkMarkers';

const sameRect = (a: Rect | undefined, b: Rect | undefined) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h);

/** A node's absolute box; the edge re-renders when the box moves or resizes, not when the node's data changes. */
function useNodeRect(id: string): Rect | undefined {
  const selector = useCallback(
    (s: ReactFlowState): Rect | undefined => {
      const n = s.nodeLookup.get(id);
      if (!n) return undefined;
      const { x, y } = n.internals.positionAbsolute;
      return { x, y, w: n.measured.width ?? n.width ?? 0, h: n.measured.height ?? n.height ?? 0 };
    },
    [id],
  );
  return useStore(selector, sameRect);
}

/**
 * A link: a straight line between the borders of its two elements, coloured and dashed by kind, red when an
 * error concerns it. The line runs beneath the nodes; its label (hidden when zoomed far out) sits above them,
 * so a link between two distant pools is still named where it crosses others. Clicking the label selects it.
 */
function LinkEdgeView({ id, source, target, data, selected }: EdgeProps<CanvasEdge>) {
  countRender('link');
  const low = useLowZoom();
  const s = useNodeRect(source);
  const t = useNodeRect(target);
  if (!s || !t || !data) return null;
  const { sx, sy, tx, ty } = floatingEnds(s, t, data.lane);
  const [path, labelX, labelY] = getStraightPath({ sourceX: sx, sourceY: sy, targetX: tx, targetY: ty });
  const look = LINK_STYLES[data.kind];
  const error = data.severity === 'error';
  const color = error ? LINK_ERROR_COLOR : look.colour;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={look.arrow ? `url(#${markerId(data.kind, error)})` : undefined}
        className={`link-path link-${data.kind}`}
        style={{ stroke: color, strokeDasharray: look.dash, strokeWidth: selected ? 3 : 1.6 }}
        interactionWidth={14}
      />
      {!low && (
        <EdgeLabelRenderer>
          <div
            className={`link-label nopan${selected ? ' selected' : ''}`}
            data-link-id={id}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, color, borderColor: color }}
            title={data.findingText}
            onClick={(e) => {
              const { selection, select } = useSessionStore.getState();
              select(e.ctrlKey || e.metaKey || e.shiftKey ? [...selection.filter((x) => x !== id), id] : [id]);
            }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
