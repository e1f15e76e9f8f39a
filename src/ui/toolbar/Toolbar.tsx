import { useState } from 'react';
import { emptyDesign } from '../../domain/design';
import { countBySeverity } from '../../rules/types';
import { useDesignStore, useHistoryState } from '../../state/design-store';
import { useFindings } from '../../state/findings';
import { useFirstScreenDone } from '../../state/first-screen';
import { usePreferencesStore } from '../../state/preferences-store';
import { useSessionStore } from '../../state/session-store';
import { updateDesign } from '../inspector/DesignInfoForm';
import { redo, tidy, undo, zoomToFit } from '../../canvas/canvas-actions';
import { FileMenu } from './FileMenu';
import { ShareMenu } from './ShareMenu';
import { TemplatesMenu } from './TemplatesMenu';
import { replaceDesign } from './replace-design';
import { useHistoryShortcuts } from './use-history-shortcuts';
import './toolbar.css';
import { useViewStore } from '../../state/view-store';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl+';

export function Toolbar() {
  useHistoryShortcuts();
  const { canUndo, canRedo } = useHistoryState();
  const readOnly = useSessionStore((s) => s.readOnly);
  return (
    <header className="toolbar" role="toolbar" aria-label="Design tools">
      <span className="app-title">Lync Topology Designer</span>
      <DesignName />
      <div className="toolbar-group">
        <button type="button" onClick={() => void replaceDesign(() => emptyDesign(), { kind: 'new' }, 'a new, empty design')} title="Start an empty design">
          New
        </button>
        <TemplatesMenu />
        <FileMenu />
        <ShareMenu />
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => undo()} disabled={!canUndo || readOnly} aria-label="Undo" title={`Undo (${MOD}Z)`}>
          ↶ Undo
        </button>
        <button type="button" onClick={() => redo()} disabled={!canRedo || readOnly} aria-label="Redo" title={`Redo (${MOD}Y or ${MOD}Shift+Z)`}>
          ↷ Redo
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => tidy()} disabled={readOnly} title="Lay out again: the selected site or pool, else the whole design">
          Tidy layout
        </button>
        <button type="button" onClick={() => zoomToFit()} title="Show the whole design">
          Zoom to fit
        </button>
        <PreferenceToggle name="showMinimap" label="Minimap" title="Show the minimap" />
        <PreferenceToggle name="snapToGrid" label="Snap to grid" title="Snap moved elements to the grid" />
      </div>
      <div className="toolbar-group">
        <ReportsButton />
      </div>
      <span className="toolbar-spacer" />
      <FindingsSummary />
    </header>
  );
}

function PreferenceToggle({ name, label, title }: { name: 'showMinimap' | 'snapToGrid'; label: string; title: string }) {
  const on = usePreferencesStore((s) => s[name]);
  return (
    <button type="button" className="toggle" aria-pressed={on} title={title} onClick={() => usePreferencesStore.getState().setPreference(name, !on)}>
      {label}
    </button>
  );
}

/** The design's name, edited in place: committed on blur or Enter as one undo step, Escape reverts. */
function DesignName() {
  const name = useDesignStore((s) => s.design.name ?? '');
  const readOnly = useSessionStore((s) => s.readOnly);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const trimmed = draft.trim();
    setDraft(null);
    updateDesign({ name: trimmed === '' ? undefined : trimmed.slice(0, 1000) });
  };
  return (
    <input
      className="design-name"
      aria-label="Design name"
      placeholder="Untitled design"
      value={draft ?? name}
      readOnly={readOnly}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Opens or closes the Reports view (in place of the problems list). */
function ReportsButton() {
  const on = useViewStore((s) => s.showReports);
  return (
    <button type="button" aria-pressed={on} onClick={() => useViewStore.getState().setShowReports(!on)} title="DNS, certificates, firewall ports and server counts from the design">
      Reports
    </button>
  );
}

/**
 * Error, warning and info counts ("Checking…" while a large design just opened is being judged, see
 * state/findings.ts); a click shows or hides the problems list.
 */
function FindingsSummary() {
  const showProblems = usePreferencesStore((s) => s.showProblems);
  // The design is judged once the canvas is on screen (state/first-screen.ts).
  if (!useFirstScreenDone()) return <Checking showProblems={showProblems} />;
  return <FindingCounts showProblems={showProblems} />;
}

function Checking({ showProblems }: { showProblems: boolean }) {
  return (
    <button
      type="button"
      className="findings-summary"
      data-testid="findings-count"
      data-checking
      aria-busy="true"
      aria-pressed={showProblems}
      aria-label={`Checking the design: ${showProblems ? 'hide' : 'show'} problems`}
      onClick={() => usePreferencesStore.getState().setPreference('showProblems', !showProblems)}
    >
      <span className="summary-count summary-checking">Checking…</span>
    </button>
  );
}

function FindingCounts({ showProblems }: { showProblems: boolean }) {
  const findings = useFindings();
  if (!findings) return <Checking showProblems={showProblems} />;
  const counts = countBySeverity(findings);
  const label = `${plural(counts.error, 'error', 'errors')}, ${plural(counts.warning, 'warning', 'warnings')}, ${counts.info} info`;
  return (
    <button
      type="button"
      className="findings-summary"
      data-testid="findings-count"
      aria-pressed={showProblems}
      aria-label={`${label}: ${showProblems ? 'hide' : 'show'} problems`}
      title={showProblems ? 'Hide the problems list' : 'Show the problems list'}
      onClick={() => usePreferencesStore.getState().setPreference('showProblems', !showProblems)}
      data-errors={counts.error}
      data-warnings={counts.warning}
      data-info={counts.info}
    >
      <span className="summary-count summary-error" aria-hidden="true">✕ {counts.error}</span>
      <span className="summary-count summary-warning" aria-hidden="true">! {counts.warning}</span>
      <span className="summary-count summary-info" aria-hidden="true">i {counts.info}</span>
    </button>
  );
}
