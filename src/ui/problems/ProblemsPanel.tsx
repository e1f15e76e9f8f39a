import { useMemo, useState } from 'react';
import { displayName, findElement } from '../../domain/queries';
import type { Finding, Severity } from '../../rules/types';
import { useDesignStore } from '../../state/design-store';
import { useFindings } from '../../state/findings';
import { FindingsList } from './FindingsList';
import { ALL_SEVERITIES, groupFindings } from './problems-filter';
import './problems.css';

const NONE: Finding[] = [];

/**
 * Every finding of the design, grouped by severity, with filters; a row click shows its elements. While a
 * large design just opened is being checked (state/findings.ts) it says so instead of listing anything.
 */
export function ProblemsPanel() {
  const known = useFindings();
  const checking = known === undefined;
  const findings = known ?? NONE;
  const design = useDesignStore((s) => s.design);
  const [severities, setSeverities] = useState(ALL_SEVERITIES);
  const [text, setText] = useState('');
  const groups = useMemo(() => {
    const nameOf = (id: string) => {
      const e = findElement(design, id)?.element;
      return e ? displayName(e) : id;
    };
    return groupFindings(findings, { severities, text }, nameOf);
  }, [findings, design, severities, text]);
  const shown = groups.reduce((n, g) => n + g.findings.length, 0);
  // State, not a ref: the list reads its scroll box in its own layout effect, which runs before a parent's ref is set.
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null);
  const toggle = (s: Severity) => setSeverities((cur) => ({ ...cur, [s]: !cur[s] }));

  return (
    <section className="problems" aria-label="Problems">
      <header className="panel-header">
        <h2>Problems</h2>
        <span className="problems-total">{checking ? '…' : findings.length}</span>
      </header>
      <div className="problems-filters">
        <div className="severity-toggles" role="group" aria-label="Show severities">
          {groups.map((g) => (
            <button
              key={g.severity}
              type="button"
              className={`severity-toggle severity-${g.severity}`}
              aria-pressed={severities[g.severity]}
              onClick={() => toggle(g.severity)}
              data-severity-toggle={g.severity}
            >
              {g.title} <span className="ui-count">{g.total}</span>
            </button>
          ))}
        </div>
        <input
          type="search"
          className="problems-search"
          aria-label="Filter problems"
          placeholder="Filter by rule, text or element"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="problems-body" ref={setScrollBox}>
        {checking ? (
          <p className="empty-state" role="status" data-checking>
            Checking the design…
          </p>
        ) : findings.length === 0 ? (
          <p className="empty-state">No problems found</p>
        ) : shown === 0 ? (
          <p className="empty-state">No problems match the filter.</p>
        ) : (
          scrollBox && <FindingsList groups={groups} scrollBox={scrollBox} />
        )}
      </div>
    </section>
  );
}
