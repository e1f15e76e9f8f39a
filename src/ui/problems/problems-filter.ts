/**
 * What the problems list shows: findings grouped by severity (errors first), filtered by the severities the
 * user has switched on and by free text. Pure, so it is tested without a browser.
 */
import type { Finding, Severity } from '../../rules/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

export interface ProblemsFilter {
  severities: Record<Severity, boolean>;
  text: string;
}

export const ALL_SEVERITIES: ProblemsFilter['severities'] = { error: true, warning: true, info: true };

export interface ProblemGroup {
  severity: Severity;
  title: string;
  /** Findings of this severity that pass the filter, in the engine's order. */
  findings: Finding[];
  /** All findings of this severity, whatever the filter: the count on the toggle. */
  total: number;
}

/**
 * Case-insensitive match on the rule id, the message and the names of the elements concerned; every word
 * of the filter must match somewhere ("cms se1" finds CMS findings about se1).
 */
export function matchesText(finding: Finding, text: string, nameOf: (id: string) => string = (id) => id): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [finding.rule, finding.rule.replace(/_/g, ' '), finding.message, ...finding.elements, ...finding.elements.map(nameOf)]
    .join('\n')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export function groupFindings(findings: readonly Finding[], filter: ProblemsFilter, nameOf?: (id: string) => string): ProblemGroup[] {
  return SEVERITIES.map((severity) => {
    const all = findings.filter((f) => f.severity === severity);
    return {
      severity,
      title: SEVERITY_TITLES[severity],
      total: all.length,
      findings: filter.severities[severity] ? all.filter((f) => matchesText(f, filter.text, nameOf)) : [],
    };
  });
}
