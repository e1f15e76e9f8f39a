/**
 * Baseline: Excalidraw holding the same count of boxes, each with its text, at the designer's positions.
 */
import { convertToExcalidrawElements, Excalidraw } from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import { createRoot } from 'react-dom/client';
import type { Design } from '../../src/domain/design';
import { baselineNodes, frame } from './baseline-nodes';

let api: ExcalidrawImperativeAPI | undefined;
let cachedIndex = -1;
/** The element by id; its index is remembered, as a find over 20,000 elements every frame would cost. */
function element(id: string) {
  const all = api!.getSceneElementsIncludingDeleted();
  if (all[cachedIndex]?.id !== id) cachedIndex = all.findIndex((e) => e.id === id);
  return all[cachedIndex];
}

function install() {
  window.__bench = {
    async load(design) {
      const nodes = baselineNodes(design as Design);
      const elements = convertToExcalidrawElements(
        nodes.map((n) => ({
          type: 'rectangle' as const,
          id: n.id,
          x: n.ax,
          y: n.ay,
          width: n.w,
          height: n.h,
          label: { text: n.label, fontSize: 12 },
        })),
        { regenerateIds: false },
      );
      api!.updateScene({ elements });
      await frame();
      await frame();
    },
    probe(id) {
      const e = element(id);
      const s = api!.getAppState();
      return `${e?.x},${e?.y}|${s.scrollX},${s.scrollY},${s.zoom.value}`;
    },
    pointOf(id) {
      const e = element(id)!;
      const s = api!.getAppState();
      return { x: (e.x + s.scrollX + 30) * s.zoom.value + s.offsetLeft, y: (e.y + s.scrollY + 10) * s.zoom.value + s.offsetTop };
    },
    setViewport(x, y, zoom) {
      api!.updateScene({ appState: { scrollX: x / zoom, scrollY: y / zoom, zoom: { value: zoom as never } } });
    },
  };
}

createRoot(document.getElementById('root')!).render(
  <div style={{ height: '100%' }}>
    <Excalidraw
      excalidrawAPI={(a) => {
        api = a;
        install();
      }}
    />
  </div>,
);
