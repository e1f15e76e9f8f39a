/**
 * The problems list as one flat run of items, a group's heading then its rows, for the virtual list in
 * FindingsList.tsx. Keys come from what a finding says, not where it stands: a finding that appears or
 * goes away leaves the other rows mounted and their measured heights known.
 */
import type { Finding, Severity } from '../../rules/types';
import type { ProblemGroup } from './problems-filter';

/**
 * Up to this many items the whole list is in the page (a small design's list, for find-in-page and the
 * keyboard's Tab order); above it only the rows near the list's view are, so a design of thousands of
 * findings costs a screenful of rows, not thousands laid out, hit-tested and watched on every frame.
 */
export const WHOLE_LIST_UP_TO = 100;

export type ListItem =
  | { kind: 'heading'; key: string; severity: Severity; title: string; count: number }
  | { kind: 'row'; key: string; severity: Severity; finding: Finding };

export function listItems(groups: readonly ProblemGroup[]): ListItem[] {
  const items: ListItem[] = [];
  const seen = new Map<string, number>();
  for (const g of groups) {
    if (g.findings.length === 0) continue;
    items.push({ kind: 'heading', key: `heading:${g.severity}`, severity: g.severity, title: g.title, count: g.findings.length });
    for (const finding of g.findings) {
      const base = `${finding.rule}\u0000${finding.elements.join(',')}\u0000${finding.message}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      items.push({ kind: 'row', key: n === 0 ? base : `${base}\u0000${n}`, severity: g.severity, finding });
    }
  }
  return items;
}
