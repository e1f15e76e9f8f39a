import { useEffect, useMemo, useState } from 'react';
import { displayName, findElement } from '../../domain/queries';
import type { Finding, Severity } from '../../rules/types';
import { useDesignStore } from '../../state/design-store';
import { afterNextPaint } from '../../state/after-paint';
import { useFindings } from '../../state/findings';
import { FindingRow } from './FindingRow';
import { ALL_SEVERITIES, SEVERITIES, SEVERITY_TITLES, groupFindings } from './problems-filter';
import './problems.css';

const NONE: Finding[] = [];
/** Rows in the first render of a long list, and added after each paint until all are there. */
const FIRST_ROWS = 100;
const MORE_ROWS = 250;

/**
 * How many rows to render: all of them, but a long list (thousands of findings when a 20,000-element design
 * has been checked) comes in over a few frames instead of one task of a third of a second. Only grows, so
 * an edit never takes rows away from a list already shown.
 */
function useRowBudget(total: number): number {
  const [budget, setBudget] = useState(FIRST_ROWS);
  useEffect(() => {
    if (budget >= total) return;
    return afterNextPaint(() => setBudget((b) => b + MORE_ROWS));
  }, [budget, total]);
  return budget;
}

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
  let rowsLeft = useRowBudget(shown);
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
      <div className="problems-body">
        {checking ? (
          <p className="empty-state" role="status" data-checking>
            Checking the design…
          </p>
        ) : findings.length === 0 ? (
          <p className="empty-state">No problems found</p>
        ) : shown === 0 ? (
          <p className="empty-state">No problems match the filter.</p>
        ) : (
          SEVERITIES.map((severity) => {
            const g = groups.find((x) => x.severity === severity)!;
            if (g.findings.length === 0) return null;
            const rows = Math.min(g.findings.length, Math.max(0, rowsLeft));
            rowsLeft -= rows;
            return (
              <section key={severity} className="problem-group" aria-label={SEVERITY_TITLES[severity]} data-group={severity}>
                <h3>
                  {g.title} <span className="ui-count">{g.findings.length}</span>
                </h3>
                <ul className="finding-list">
                  {rowKeys(g.findings)
                    .slice(0, rows)
                    .map((key, i) => (
                      <FindingRow key={key} finding={g.findings[i]!} />
                    ))}
                </ul>
              </section>
            );
          })
        )}
      </div>
    </section>
  );
}

/**
 * Keys from what a finding says, not where it stands: a finding that appears or goes away then leaves the
 * other rows mounted (an index in the key re-created every row below it on each edit).
 */
function rowKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.rule}\u0000${f.elements.join(',')}\u0000${f.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}\u0000${n}`;
  });
}
