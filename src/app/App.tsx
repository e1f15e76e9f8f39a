import { ReactFlowProvider } from '@xyflow/react';
import { DesignCanvas } from '../canvas/DesignCanvas';
import { useFileImport } from '../io/use-file-import';
import { usePreferencesStore } from '../state/preferences-store';
import { DialogHost } from '../ui/dialogs/DialogHost';
import { Notices } from '../ui/notices/Notices';
import { Inspector } from '../ui/inspector/Inspector';
import { SidePanel } from '../ui/layout/SidePanel';
import { Palette } from '../ui/palette/Palette';
import { ProblemsPanel } from '../ui/problems/ProblemsPanel';
import { Toolbar } from '../ui/toolbar/Toolbar';

/** The composition root: toolbar on top, palette left, canvas centre, inspector above problems on the right. */
export function App() {
  useFileImport();
  const showProblems = usePreferencesStore((s) => s.showProblems);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="canvas-area" aria-label="Design canvas">
            <DesignCanvas />
          </main>
          <SidePanel top={<Inspector />} bottom={showProblems ? <ProblemsPanel /> : undefined} />
        </div>
        <Notices />
        <DialogHost />
      </div>
    </ReactFlowProvider>
  );
}
