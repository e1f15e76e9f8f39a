import { lazy, useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { DesignCanvas } from '../canvas/DesignCanvas';
import { useFileImport } from '../io/use-file-import';
import { finishFirstScreen, useFirstScreenDone } from '../state/first-screen';
import { usePreferencesStore } from '../state/preferences-store';
import { useViewStore } from '../state/view-store';
import { DialogHost } from '../ui/dialogs/DialogHost';
import { Notices } from '../ui/notices/Notices';
import { LoadBoundary } from '../ui/layout/LoadBoundary';
import { PendingPanel } from '../ui/layout/PendingPanel';
import { SidePanel } from '../ui/layout/SidePanel';
import { Palette } from '../ui/palette/Palette';
import { Toolbar } from '../ui/toolbar/Toolbar';
import { afterNextPaint } from '../state/after-paint';

// Not in the first screen's bundle: loaded the first time the Reports view opens.
const ReportsView = lazy(() => import('../ui/reports/ReportsView'));
// Nor the inspector and the problems list (with the rule docs and the fixes' effects, which run the rules):
// they are drawn after the first paint anyway (state/first-screen.ts), so their chunk loads meanwhile.
const Inspector = lazy(() => import('../ui/inspector/Inspector').then((m) => ({ default: m.Inspector })));
const ProblemsPanel = lazy(() => import('../ui/problems/ProblemsPanel').then((m) => ({ default: m.ProblemsPanel })));

/** The composition root: toolbar on top, palette left, canvas centre, inspector above problems on the right. */
export function App() {
  useFileImport();
  // The canvas paints first; the side panels' work follows once it is on screen (state/first-screen.ts).
  useEffect(() => afterNextPaint(finishFirstScreen), []);
  const panels = useFirstScreenDone();
  const showProblems = usePreferencesStore((s) => s.showProblems);
  const showReports = useViewStore((s) => s.showReports);
  const bottom = showReports ? (
    <LoadBoundary label="Reports" what="the reports">
      <ReportsView />
    </LoadBoundary>
  ) : showProblems ? (
    panels ? (
      <LoadBoundary label="Problems" what="the problems list">
        <ProblemsPanel />
      </LoadBoundary>
    ) : (
      <PendingPanel label="Problems" />
    )
  ) : undefined;
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="canvas-area" aria-label="Design canvas">
            <DesignCanvas />
          </main>
          <SidePanel
            top={
              panels ? (
                <LoadBoundary label="Properties" what="the properties">
                  <Inspector />
                </LoadBoundary>
              ) : (
                <PendingPanel label="Properties" />
              )
            }
            bottom={bottom}
          />
        </div>
        <Notices />
        <DialogHost />
      </div>
    </ReactFlowProvider>
  );
}
