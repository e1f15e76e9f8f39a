/**
 * Baseline: a plain React Flow page with the same nodes as the designer (default node types, no MiniMap,
 * no stores). `?sample` shows the small reference design at once, for the cold first-paint comparison.
 */
import { ReactFlow, ReactFlowProvider, useNodesState, useReactFlow, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { Design } from '../../src/domain/design';
import sampleText from '../../src/document/samples/reference-small.json?raw';
import { baselineNodes, frame } from './baseline-nodes';

function toNodes(design: Design): Node[] {
  return baselineNodes(design).map((n) => ({
    id: n.id,
    position: { x: n.x, y: n.y },
    data: { label: n.label },
    width: n.w,
    height: n.h,
    style: { width: n.w, height: n.h, padding: 4, fontSize: 12 },
    ...(n.parentId && { parentId: n.parentId }),
  }));
}

let setAll: (nodes: Node[]) => void = () => {};

function Flow({ initial }: { initial: Node[] }) {
  const [nodes, setNodes, onNodesChange] = useNodesState(initial);
  const flow = useReactFlow();
  useEffect(() => {
    setAll = setNodes;
    window.__bench = {
      async load(design) {
        setNodes(toNodes(design as Design));
        let last = -1;
        for (let stable = 0; stable < 5; ) {
          await frame();
          const n = document.querySelectorAll('.react-flow__node').length;
          if (n === last && n > 0) stable++;
          else [stable, last] = [0, n];
        }
      },
      probe: (id) =>
        `${document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.style.transform}|${document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform}`,
      pointOf(id) {
        const r = document.querySelector(`.react-flow__node[data-id="${id}"]`)!.getBoundingClientRect();
        return { x: r.x + Math.min(40, r.width / 2), y: r.y + Math.min(20, r.height / 2) };
      },
      setViewport: (x, y, zoom) => void flow.setViewport({ x, y, zoom }),
    };
  }, [setNodes, flow]);
  return <ReactFlow nodes={nodes} onNodesChange={onNodesChange} onlyRenderVisibleElements minZoom={0.05} maxZoom={2} />;
}

const sample = new URLSearchParams(location.search).has('sample');
// The file as written leaves out collections added after it (format v1 keeps them optional); the designer's
// loader fills them in, and this page has no loader, so it does the same for the one it knows.
const initial = sample ? toNodes({ reverseProxies: [], ...(JSON.parse(sampleText) as object) } as unknown as Design) : [];
createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Flow initial={initial} />
  </ReactFlowProvider>,
);
void setAll;
