import { memo, useCallback } from 'react';
import { BaseEdge, EdgeLabelRenderer, getStraightPath, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { useSessionStore } from '../../state/session-store';
import type { CanvasEdge } from '../node-data';
import { LINK_ERROR_COLOR, LINK_STYLES } from '../link-styles';
import { countRender } from '../render-stats';
import { useLowZoom } from '../nodes/node-parts';
import { floatingEnds, type Rect } from './edge-geometry';
import { markerId } from './LinkMarkers';
import { useLinkHover } from './link-hover';

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

/** Whether a live box is (within rounding) the box a route was made for, "x,y,w,h". */
function atBox(r: Rect, key: string): boolean {
  const [x, y, w, h] = key.split(',').map(Number);
  return Math.abs(r.x - x!) < 1 && Math.abs(r.y - y!) < 1 && Math.abs(r.w - Math.round(w!)) < 1 && Math.abs(r.h - Math.round(h!)) < 1;
}

/**
 * A link, along the core router's route (the same path the exported pictures draw), coloured and dashed by
 * kind, red when an error concerns it. While one of its ends is being dragged it runs straight between the
 * two boxes, and takes its route again on drop. Hovering it highlights it and its ends; selecting either end
 * highlights it. Its label sits where the router found room, above the nodes.
 */
function LinkEdgeView({ id, source, target, data, selected }: EdgeProps<CanvasEdge>) {
  countRender('link');
  const low = useLowZoom();
  const s = useNodeRect(source);
  const t = useNodeRect(target);
  const hovered = useLinkHover((h) => h.link === id);
  const related = useSessionStore((st) => st.selection.includes(source) || st.selection.includes(target));
  if (!s || !t || !data) return null;
  const routed = data.path !== '' && atBox(s, data.fromBox) && atBox(t, data.toBox);
  let path = data.path;
  let labelX = data.labelX;
  let labelY = data.labelY;
  if (!routed) {
    const { sx, sy, tx, ty } = floatingEnds(s, t, data.lane);
    [path, labelX, labelY] = getStraightPath({ sourceX: sx, sourceY: sy, targetX: tx, targetY: ty });
  }
  const look = LINK_STYLES[data.kind];
  const error = data.severity === 'error';
  const color = error ? LINK_ERROR_COLOR : look.colour;
  const strong = selected || hovered || related;
  const { enter, leave } = useLinkHover.getState();
  return (
    <>
      <g onMouseEnter={() => enter(id, source, target)} onMouseLeave={() => leave(id)} data-link-id={id}>
        <BaseEdge
          id={id}
          path={path}
          markerEnd={look.arrow ? `url(#${markerId(data.kind, error)})` : undefined}
          className={`link-path link-${data.kind}${strong ? ' link-strong' : ''}`}
          style={{ stroke: color, strokeDasharray: look.dash, strokeWidth: strong ? 3 : 1.6 }}
          interactionWidth={14}
        />
      </g>
      {!low && (
        <EdgeLabelRenderer>
          <div
            className={`link-label nopan${selected ? ' selected' : ''}${strong ? ' strong' : ''}`}
            data-link-id={id}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, color, borderColor: color }}
            title={data.findingText ?? data.spoken}
            onMouseEnter={() => enter(id, source, target)}
            onMouseLeave={() => leave(id)}
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
