import { describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/types';
import { listItems } from './list-items';
import { ALL_SEVERITIES, groupFindings } from './problems-filter';

const finding = (rule: string, severity: Finding['severity'], elements: string[], message = `${rule} on ${elements.join(', ')}`): Finding => ({ rule, severity, elements, message });

describe('problems list items', () => {
  const findings = [finding('A', 'warning', ['p1']), finding('B', 'error', ['p2']), finding('A', 'warning', ['p3']), finding('C', 'info', ['s1'])];

  it('is each group with findings as its heading then its rows, errors first; empty groups give nothing', () => {
    const items = listItems(groupFindings(findings, { severities: { ...ALL_SEVERITIES, info: false }, text: '' }));
    expect(items.map((i) => (i.kind === 'heading' ? `# ${i.title} ${i.count}` : i.finding.elements[0]))).toEqual(['# Errors 1', 'p2', '# Warnings 2', 'p1', 'p3']);
  });

  it('keys a row by what its finding says, so another finding coming or going leaves its key as it was', () => {
    const keyOf = (all: Finding[], element: string) => listItems(groupFindings(all, { severities: ALL_SEVERITIES, text: '' })).find((i) => i.kind === 'row' && i.finding.elements[0] === element)!.key;
    expect(keyOf(findings.slice(1), 'p3')).toBe(keyOf(findings, 'p3'));
    const keys = listItems(groupFindings([...findings, findings[0]!], { severities: ALL_SEVERITIES, text: '' })).map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
