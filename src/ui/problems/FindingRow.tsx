import type { Finding } from '../../rules/types';
import './problems.css';
import { useDesignStore } from '../../state/design-store';
import { useSessionStore } from '../../state/session-store';

const ICONS = { error: '✕', warning: '!', info: 'i' } as const;

/** Apply one of a finding's fixes (the first unless told): one command, one undo step. */
export function applyFix(finding: Finding, which = 0): void {
  const fix = finding.fixes?.[which];
  if (fix) useDesignStore.getState().run(fix.command);
}

/** Select the elements a finding concerns and ask the canvas to bring them into view. */
export function revealFinding(finding: Finding): void {
  const session = useSessionStore.getState();
  session.select(finding.elements);
  session.frame(finding.elements);
}

/**
 * One finding: severity, rule id, message and, when the rule offers one, a Fix button. In the problems list
 * the row itself reveals the elements; in the inspector (`revealable` false) they are already selected.
 */
export function FindingRow({ finding, revealable = true }: { finding: Finding; revealable?: boolean }) {
  const readOnly = useSessionStore((s) => s.readOnly);
  const body = (
    <>
      <span className="finding-icon" aria-hidden="true">
        {ICONS[finding.severity]}
      </span>
      <span className="finding-text">
        <code className="finding-rule">{finding.rule}</code>
        <span className="finding-message">{finding.message}</span>
      </span>
    </>
  );
  return (
    <li className={`finding-row finding-row-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
      {revealable ? (
        <button type="button" className="finding-main" onClick={() => revealFinding(finding)} title="Select and show on the canvas">
          {body}
        </button>
      ) : (
        <div className="finding-main">{body}</div>
      )}
      {finding.fixes?.[0] && (
        // Outside the row button, so the row's accessible name is the finding alone.
        <div className="finding-fix-row">
          <span className="finding-fix-label">{finding.fixes[0].label}</span>
          <button type="button" className="finding-fix" onClick={() => applyFix(finding)} disabled={readOnly} title={finding.fixes[0].label}>
            Fix
          </button>
        </div>
      )}
    </li>
  );
}
