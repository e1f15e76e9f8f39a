import { memo, useMemo, useState } from 'react';
import type { Finding, Fix } from '../../rules/types';
import { describeEffect, fixEffect } from '../../rules/fix-effect';
import { ruleDocs } from '../../rules/rule-docs';
import './problems.css';
import { useDesignStore } from '../../state/design-store';
import { applyCommand } from '../../domain/design-command';
import { placeEdited } from '../../layout/free-space';
import { useSessionStore } from '../../state/session-store';

const ICONS = { error: '✕', warning: '!', info: 'i' } as const;

/**
 * Apply one of a finding's fixes (the first unless told): one command, one undo step. What the fix adds or
 * moves to another container goes to free space there (layout/free-space.ts placeEdited).
 */
export function applyFix(finding: Finding, which = 0): void {
  const fix = finding.fixes?.[which];
  if (fix) useDesignStore.getState().apply((d) => placeEdited(d, applyCommand(d, fix.command)));
}

/** Select the elements a finding concerns and ask the canvas to bring them into view. */
export function revealFinding(finding: Finding): void {
  const session = useSessionStore.getState();
  session.select(finding.elements);
  session.frame(finding.elements);
}

/**
 * The fixes of a finding, best first. What a fix does to the findings is computed by judging the changed
 * design once the user points at or focuses its button (not for every row on every edit), and shown before
 * the click.
 */
function FixList({ finding, readOnly }: { finding: Finding; readOnly: boolean }) {
  const [previewed, setPreviewed] = useState<ReadonlySet<number>>(new Set());
  const preview = (i: number) => {
    if (!previewed.has(i)) setPreviewed((p) => new Set(p).add(i));
  };
  return (
    <ul className="finding-fixes" aria-label="Fixes">
      {finding.fixes!.map((fix, i) => (
        <li key={i} className="finding-fix-row">
          <span className="finding-fix-label">
            {fix.label}
            {previewed.has(i) && <FixEffect fix={fix} />}
          </span>
          <button
            type="button"
            className="finding-fix"
            onClick={() => applyFix(finding, i)}
            onMouseEnter={() => preview(i)}
            onFocus={() => preview(i)}
            disabled={readOnly}
            title={fix.label}
          >
            {i === 0 ? 'Fix' : 'Apply'}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * A row outlives edits that leave its finding alone, so the effect is worked out for the design of now:
 * only rows the user has pointed at follow the design.
 */
function FixEffect({ fix }: { fix: Fix }) {
  const design = useDesignStore((s) => s.design);
  const effect = useMemo(() => describeEffect(fixEffect(design, fix)), [design, fix]);
  return <span className="finding-fix-effect"> ({effect})</span>;
}

/**
 * One finding: severity, rule id, message, a link to Microsoft's page for the rule and the fixes it offers.
 * In the problems list the row itself reveals the elements; in the inspector (`revealable` false) they are
 * already selected.
 */
export const FindingRow = memo(function FindingRow({
  finding,
  revealable = true,
  index,
  measure,
}: {
  finding: Finding;
  revealable?: boolean;
  /** Where the row stands in a virtual list, and the list's measuring ref (FindingsList.tsx). */
  index?: number;
  measure?: (el: HTMLLIElement | null) => void;
}) {
  const readOnly = useSessionStore((s) => s.readOnly);
  const doc = ruleDocs(finding.rule)[0];
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
    <li className={`finding-row finding-row-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity} data-index={index} ref={measure}>
      {revealable ? (
        <button type="button" className="finding-main" onClick={() => revealFinding(finding)} title="Select and show on the canvas">
          {body}
        </button>
      ) : (
        <div className="finding-main">{body}</div>
      )}
      {doc && (
        <a className="finding-doc" href={doc.url} target="_blank" rel="noopener noreferrer" title={`Microsoft documentation: ${doc.topic}`}>
          Docs: {doc.topic}
        </a>
      )}
      {/* Outside the row button, so the row's accessible name is the finding alone. */}
      {finding.fixes && finding.fixes.length > 0 && <FixList finding={finding} readOnly={readOnly} />}
    </li>
  );
});
