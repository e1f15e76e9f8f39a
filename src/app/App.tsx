import { ReactFlowProvider } from '@xyflow/react';
import { DesignCanvas } from '../canvas/DesignCanvas';
import { DialogHost } from '../ui/dialogs/DialogHost';
import { Notices } from '../ui/notices/Notices';
import { Inspector } from '../ui/inspector/Inspector';
import { Palette } from '../ui/palette/Palette';
import { ProblemsPanel } from '../ui/problems/ProblemsPanel';
import { Toolbar } from '../ui/toolbar/Toolbar';

/** The composition root: toolbar on top, palette left, canvas centre, inspector and problems right. */
export function App() {
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="canvas-area" aria-label="Design canvas">
            <DesignCanvas />
          </main>
          <aside className="side-panel">
            <Inspector />
            <ProblemsPanel />
          </aside>
        </div>
        <Notices />
        <DialogHost />
      </div>
    </ReactFlowProvider>
  );
}
