import { describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/types';
import { ALL_SEVERITIES, groupFindings, matchesText } from './problems-filter';

const f = (rule: string, severity: Finding['severity'], elements: string[], message: string): Finding => ({ rule, severity, elements, message });
const findings: Finding[] = [
  f('CMS_MISSING', 'error', ['se1'], 'No pool hosts the Central Management store.'),
  f('SE_POOLED', 'error', ['pool-a', 'srv-b'], 'Standard Edition cannot be pooled.'),
  f('EE_POOL_TWO_FRONT_ENDS', 'warning', ['fe'], 'Two Front Ends: both restart together.'),
  f('SE_UNPAIRED', 'info', ['se2'], 'Standard Edition server is not paired.'),
];

describe('groupFindings', () => {
  it('groups by severity, errors first, with counts', () => {
    const groups = groupFindings(findings, { severities: ALL_SEVERITIES, text: '' });
    expect(groups.map((g) => [g.title, g.total, g.findings.length])).toEqual([
      ['Errors', 2, 2],
      ['Warnings', 1, 1],
      ['Info', 1, 1],
    ]);
  });
  it('hides severities switched off but keeps their totals', () => {
    const groups = groupFindings(findings, { severities: { error: false, warning: true, info: true }, text: '' });
    expect(groups[0]).toMatchObject({ total: 2, findings: [] });
  });
  it('filters by rule id, message words and element names, every word matching', () => {
    const byRule = groupFindings(findings, { severities: ALL_SEVERITIES, text: 'cms_missing' }).flatMap((g) => g.findings);
    expect(byRule.map((x) => x.rule)).toEqual(['CMS_MISSING']);
    const byWords = groupFindings(findings, { severities: ALL_SEVERITIES, text: 'standard paired' }).flatMap((g) => g.findings);
    expect(byWords.map((x) => x.rule)).toEqual(['SE_UNPAIRED']);
    const nameOf = (id: string) => (id === 'se1' ? 'Seattle SE' : id);
    expect(matchesText(findings[0]!, 'seattle', nameOf)).toBe(true);
    expect(matchesText(findings[0]!, 'se pooled')).toBe(false);
    expect(matchesText(findings[1]!, 'se pooled')).toBe(true);
  });
});
