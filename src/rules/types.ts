import type { Design } from '../domain/design';
import type { DesignCommand } from '../domain/design-command';
import type { RuleContext } from './context';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A fix the UI can offer as a button: applying `command` is one undoable step. */
export interface Fix {
  label: string;
  command: DesignCommand;
}

export interface Finding {
  /** The id from spec/rules.md, exactly. */
  rule: string;
  severity: Severity;
  /** Ids of the elements concerned; the first is where the canvas shows the finding. */
  elements: string[];
  /** One plain sentence: what is wrong, naming elements by name or FQDN, and why. */
  message: string;
  /** Repairs, best first. The first never raises the count of error findings (the fix promise, tested as a property). */
  fixes?: Fix[];
}

export interface Rule {
  id: string;
  /** The severity in the catalog; a rule with variants (e.g. EDGE_POOL_SIZE) lists the worst. */
  severity: Severity;
  wave: 1 | 2 | 3;
  /** One line for the rules page: the condition in plain words. */
  title: string;
  check(ctx: RuleContext): Finding[];
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Findings per element id (an element is concerned when it is listed anywhere in `elements`). */
export function findingsByElement(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const id of new Set(f.elements)) {
      const list = map.get(id);
      if (list) list.push(f);
      else map.set(id, [f]);
    }
  }
  return map;
}

export type { Design };
