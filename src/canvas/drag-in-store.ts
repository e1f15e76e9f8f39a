/**
 * Where a drag has taken nodes, kept in React Flow's own store until the drop. Handing React Flow a new
 * array of all nodes on every pointer move makes it walk every node (adoptUserNodes, ~25 ms a tick at
 * 10,000 elements, notes/performance.md); here only the moved nodes (and the children a container carries)
 * get new internal objects, so a tick costs what is on screen. The design is changed once, on drop, and
 * the next nodes array React Flow gets replaces these objects (their userNode differs from the
 * projection's, so React Flow does not reuse them).
 */
import type { InternalNode, ReactFlowState, XYPosition } from '@xyflow/react';

interface FlowStore {
  getState(): ReactFlowState;
  setState(partial: Partial<ReactFlowState>): void;
}

export type Moves = ReadonlyMap<string, { position: XYPosition; dragging: boolean }>;

export function moveInStore(store: FlowStore, moves: Moves): void {
  const { nodeLookup, parentLookup } = store.getState();
  const put = (node: InternalNode) => {
    nodeLookup.set(node.id, node);
    if (node.parentId) parentLookup.get(node.parentId)?.set(node.id, node);
  };
  /** Children keep their relative position: their absolute one moves with the parent. */
  const carry = (parentId: string, dx: number, dy: number) => {
    const children = parentLookup.get(parentId);
    if (!children) return;
    for (const child of [...children.values()]) {
      const abs = child.internals.positionAbsolute;
      put({ ...child, internals: { ...child.internals, positionAbsolute: { x: abs.x + dx, y: abs.y + dy } } });
      carry(child.id, dx, dy);
    }
  };
  for (const [id, { position, dragging }] of moves) {
    const node = nodeLookup.get(id);
    if (!node) continue;
    const parentAbs = node.parentId ? nodeLookup.get(node.parentId)?.internals.positionAbsolute : undefined;
    const abs = { x: (parentAbs?.x ?? 0) + position.x, y: (parentAbs?.y ?? 0) + position.y };
    const dx = abs.x - node.internals.positionAbsolute.x;
    const dy = abs.y - node.internals.positionAbsolute.y;
    put({
      ...node,
      position,
      dragging,
      internals: { ...node.internals, positionAbsolute: abs, userNode: { ...node.internals.userNode, position, dragging } },
    });
    if (dx !== 0 || dy !== 0) carry(id, dx, dy);
  }
  // Same lookup, mutated as React Flow itself does; a new state object makes its selectors look again.
  store.setState({ nodeLookup });
}

/**
 * A container's size while its resize handle is dragged, in React Flow's store only (like a drag's
 * positions); the size becomes one command when the handle is let go (nodes/ContainerResizer.tsx).
 */
export function resizeInStore(store: FlowStore, sizes: ReadonlyMap<string, { width: number; height: number }>): void {
  const { nodeLookup, parentLookup } = store.getState();
  for (const [id, { width, height }] of sizes) {
    const node = nodeLookup.get(id);
    if (!node) continue;
    const next: InternalNode = {
      ...node,
      width,
      height,
      measured: { width, height },
      internals: { ...node.internals, userNode: { ...node.internals.userNode, width, height, measured: { width, height } } },
    };
    nodeLookup.set(id, next);
    if (node.parentId) parentLookup.get(node.parentId)?.set(id, next);
  }
  store.setState({ nodeLookup });
}
