import { useCallback, useMemo, useRef, useState } from 'react';
import {
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type ReactFlowState,
  type OnConnectEnd,
  type OnNodeDrag,
  type Viewport,
  type XYPosition,
} from '@xyflow/react';
import { displayName, findElement } from '../domain/queries';
import { computeGeometry } from '../layout/geometry';
import { useDesignStore } from '../state/design-store';
import { useFirstScreenDone } from '../state/first-screen';
import { notify } from '../state/notice-store';
import { usePreferencesStore } from '../state/preferences-store';
import { useSessionStore } from '../state/session-store';
import { moveInStore, resizeInStore } from './drag-in-store';
import { commitDrag } from './gestures';
import { canEdit, offerPoolRenames } from './canvas-actions';
import { linkChoices, linkRefusal, type LinkChoice } from './link-gestures';
import { LinkChooser, type LinkChooserState } from './LinkChooser';
import { LinkMarkers } from './edges/LinkMarkers';
import type { CanvasEdge, CanvasNode } from './node-data';
import { EDGE_TYPES, NODE_TYPES } from './node-types';
import { useCanvasKeyboard } from './use-canvas-keyboard';
import { useZoomLayer } from './use-zoom-layer';
import { CanvasGrid } from './CanvasGrid';
import { Overview } from './Overview';
import { useCanvasProjection } from './use-canvas-projection';
import { useFraming } from './use-framing';
import { usePaletteDrop } from './use-palette-drop';
import { pauseRouting, resumeRouting } from './routing/client';
import { useViewWindow } from './use-view-window';
import { attachFlowInstance, registerWindowHook } from './window-hook';
import './canvas.css';

registerWindowHook();

const GRID: [number, number] = [10, 10];
/** Shift+click adds to the selection (or takes a selected node out), as Ctrl/⌘+click already does. */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

const session = () => useSessionStore.getState();

/** The element a link drag ended on: the node under the pointer (a server stands for its pool). */
function linkTargetAt(x: number, y: number, fromId: string): string | undefined {
  for (const el of document.elementsFromPoint(x, y)) {
    const id = el.closest('.react-flow__node')?.getAttribute('data-id');
    if (!id || id === fromId) continue;
    const found = findElement(useDesignStore.getState().design, id);
    if (found?.collection === 'servers') return (found.element as { poolId: string }).poolId;
    return id;
  }
  return undefined;
}

/** What a link from this element starts at: links join pools, not their servers. */
function linkEndOf(design: ReturnType<typeof useDesignStore.getState>['design'], id: string): string | undefined {
  const found = findElement(design, id);
  if (!found || found.collection === 'links') return undefined;
  return found.collection === 'servers' ? (found.element as { poolId: string }).poolId : id;
}

const nameOf = (id: string) => {
  const e = findElement(useDesignStore.getState().design, id)?.element;
  return e ? displayName(e) : id;
};

/**
 * The design canvas. Nodes and edges are a projection of the stores; the only local state is where a drag
 * has taken nodes so far, which becomes ONE command (move or reparent) when the drag stops. Selection lives
 * in the session store, so the inspector, the problems list and the canvas agree.
 */
export function DesignCanvas() {
  const rootRef = useRef<HTMLDivElement>(null);
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const view = useViewWindow();
  const projected = useCanvasProjection(view.window);
  const { hold } = view;
  const flowStore = useStoreApi<CanvasNode, CanvasEdge>();
  // Bumped after each drop, so React Flow gets the projection again even when the design did not change
  // (a refused move): that replaces the positions the drag left in React Flow's store.
  const [dropCount, setDropCount] = useState(0);
  const [chooser, setChooser] = useState<LinkChooserState | null>(null);
  const readOnly = useSessionStore((s) => s.readOnly);
  const showMinimap = usePreferencesStore((s) => s.showMinimap);
  // The minimap is drawn once the first screen is complete (state/first-screen.ts).
  const firstScreenDone = useFirstScreenDone();
  const snapToGrid = usePreferencesStore((s) => s.snapToGrid);
  const empty = useDesignStore((s) => s.design.sites.length === 0);
  const closeChooser = useCallback(() => setChooser(null), []);
  // A restored autosave brings the view the user left; otherwise the design is framed.
  const [initialViewport] = useState(() => session().viewport);
  const onMoveStart = useCallback(() => pauseRouting('view'), []);
  const onMoveEnd = useCallback((_: unknown, viewport: Viewport) => {
    resumeRouting('view');
    session().setViewport(viewport);
  }, []);

  /** L: the link chooser for the two selected elements (a server stands for its pool), or why there is none. */
  const linkSelection = useCallback(() => {
    if (!canEdit()) return;
    const design = useDesignStore.getState().design;
    const ends = [...new Set(session().selection.map((id) => linkEndOf(design, id)).filter((id): id is string => !!id))];
    if (ends.length !== 2) {
      notify({ key: 'canvas-link', kind: 'info', title: 'No link created', text: 'Select the two elements to link (Shift+click adds to the selection), then press L.' });
      return;
    }
    const [from, to] = ends as [string, string];
    const choices = linkChoices(design, from, to);
    if (choices.length === 0) {
      notify({ key: 'canvas-link', kind: 'warning', title: 'No link created', text: linkRefusal(design, from, to) });
      return;
    }
    // Between the two elements on screen, like a drag's chooser at the pointer.
    const box = rootRef.current?.getBoundingClientRect();
    const geometry = computeGeometry(design);
    const centres = ends.map((id) => {
      const b = geometry.absolute.get(id) ?? { x: 0, y: 0, w: 0, h: 0 };
      return flow.flowToScreenPosition({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
    });
    const x = (centres[0]!.x + centres[1]!.x) / 2 - (box?.left ?? 0);
    const y = (centres[0]!.y + centres[1]!.y) / 2 - (box?.top ?? 0);
    const clampX = Math.max(8, Math.min(x, (box?.width ?? x + 300) - 300));
    const clampY = Math.max(8, Math.min(y, (box?.height ?? y + 200) - 200));
    setChooser({ choices, from, to, names: { [from]: nameOf(from), [to]: nameOf(to) }, x: clampX, y: clampY });
  }, [flow]);

  useFraming(flow, !initialViewport, projected.routing);
  useCanvasKeyboard(rootRef, { onEscape: closeChooser, onLink: linkSelection });
  const zoomGesture = useZoomLayer(rootRef);
  const { onDragOver, onDrop } = usePaletteDrop();

  // A new array (same node objects) after a drop, see dropCount.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const nodes = useMemo(() => [...projected.nodes], [projected.nodes, dropCount]);

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    let selection: Set<string> | undefined;
    let moved: Map<string, { position: XYPosition; dragging: boolean }> | undefined;
    let resized: Map<string, { width: number; height: number }> | undefined;
    for (const c of changes) {
      if (c.type === 'select') {
        selection ??= new Set(session().selection);
        if (c.selected) selection.add(c.id);
        else selection.delete(c.id);
      } else if (c.type === 'position' && c.position) {
        (moved ??= new Map()).set(c.id, { position: c.position, dragging: c.dragging ?? false });
      } else if (c.type === 'dimensions' && c.resizing && c.dimensions) {
        // A resize handle is being dragged; measured sizes (no `resizing`) come from the geometry already.
        (resized ??= new Map()).set(c.id, c.dimensions);
      }
    }
    const store = flowStore as unknown as { getState(): ReactFlowState; setState(p: Partial<ReactFlowState>): void };
    if (selection) session().select([...selection]);
    if (moved) moveInStore(store, moved);
    if (resized) resizeInStore(store, resized);
  }, [flowStore]);

  const onEdgesChange = useCallback((changes: EdgeChange<CanvasEdge>[]) => {
    let selection: Set<string> | undefined;
    for (const c of changes) {
      if (c.type !== 'select') continue;
      selection ??= new Set(session().selection);
      if (c.selected) selection.add(c.id);
      else selection.delete(c.id);
    }
    if (selection) session().select([...selection]);
  }, []);

  /** The drag is over: validate and commit once, as one undo step. */
  const finishDrag = useCallback(
    (event: MouseEvent | TouchEvent | React.MouseEvent, primaryId: string, dragged: readonly Node[]) => {
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const pointer = point ? flow.screenToFlowPosition({ x: point.clientX, y: point.clientY }) : { x: NaN, y: NaN };
      const moves = new Map(dragged.map((n) => [n.id, n.position]));
      const design = useDesignStore.getState().design;
      const result = commitDrag(design, { moves, primaryId, pointer });
      if (result.design !== design) useDesignStore.getState().apply(() => result.design);
      // Servers that moved into another pool may leave it known by a server's FQDN: offer a name of its own.
      const joined = dragged.flatMap((n) => {
        const before = design.servers.find((x) => x.id === n.id);
        const after = result.design.servers.find((x) => x.id === n.id);
        return before && after && before.poolId !== after.poolId ? [after.poolId] : [];
      });
      if (joined.length) void offerPoolRenames(joined);
      if (result.refused) notify({ key: 'canvas-drag', kind: 'warning', title: 'Moved back', text: result.refused });
      setDropCount((n) => n + 1);
      hold(false);
      resumeRouting('drag');
    },
    [flow, hold],
  );

  // Routing waits while a gesture runs (routing/client.ts RoutingHold): its frames get the machine's cores.
  const holdWindow = useCallback(() => {
    pauseRouting('drag');
    hold(true);
  }, [hold]);

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (event, node, dragged) => finishDrag(event, node.id, dragged),
    [finishDrag],
  );
  const onSelectionDragStop = useCallback(
    (event: React.MouseEvent, dragged: CanvasNode[]) => finishDrag(event, '', dragged),
    [finishDrag],
  );

  const isValidConnection = useCallback(
    (c: Connection | Edge) => linkChoices(useDesignStore.getState().design, c.source, c.target).length > 0,
    [],
  );

  const createLink = useCallback((c: LinkChoice) => {
    setChooser(null);
    useDesignStore.getState().run({ op: 'link', kind: c.kind, from: c.from, to: c.to });
  }, []);

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      const from = state.fromNode?.id;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!from || !point || useSessionStore.getState().readOnly) return;
      const to = state.toNode && state.toNode.id !== from ? state.toNode.id : linkTargetAt(point.clientX, point.clientY, from);
      if (!to) return;
      const design = useDesignStore.getState().design;
      const choices = linkChoices(design, from, to);
      if (choices.length === 0) {
        notify({ key: 'canvas-link', kind: 'warning', title: 'No link created', text: linkRefusal(design, from, to) });
      } else if (choices.length === 1) {
        createLink(choices[0]!);
      } else {
        const box = rootRef.current?.getBoundingClientRect();
        setChooser({
          choices,
          from,
          to,
          names: { [from]: nameOf(from), [to]: nameOf(to) },
          x: point.clientX - (box?.left ?? 0),
          y: point.clientY - (box?.top ?? 0),
        });
      }
    },
    [createLink],
  );

  return (
    <div className="design-canvas" ref={rootRef} data-read-only={readOnly || undefined}>
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={projected.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={holdWindow}
        onNodeDragStop={onNodeDragStop}
        onSelectionDragStart={holdWindow}
        onSelectionDragStop={onSelectionDragStop}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionMode={ConnectionMode.Loose}
        onlyRenderVisibleElements
        snapToGrid={snapToGrid}
        snapGrid={GRID}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        {...(initialViewport && { defaultViewport: initialViewport })}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        minZoom={0.05}
        maxZoom={2}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onInit={attachFlowInstance as (flow: unknown) => void}
      >
        <CanvasGrid gap={20} zoom={zoomGesture} />
        <Controls showInteractive={false} />
        {showMinimap && firstScreenDone && <Overview geometry={projected.geometry} depthOf={projected.depthOf} />}
      </ReactFlow>
      <LinkMarkers />
      {empty && (
        <div className="canvas-empty" role="note">
          Drag a central site from the palette to start
        </div>
      )}
      {chooser && <LinkChooser state={chooser} onChoose={createLink} onClose={closeChooser} />}
    </div>
  );
}
