/**
 * Machine-readable validate reports for CI: SARIF 2.1.0 (code-scanning views) and JUnit XML (test reports).
 * Facts about the formats come from the OASIS SARIF 2.1.0 specification and the JUnit XML conventions
 * CI servers read (testsuites > testsuite > testcase > failure).
 */
import { ALL_RULES } from '../rules/all-rules';
import type { Finding, Severity } from '../rules/types';
import { ruleTopics, topicUri } from './rule-topics';
import { version } from './args';

export interface FileReport {
  file: string;
  findings?: readonly Finding[];
  /** Set when the file could not be read or did not load. */
  error?: string;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function sarifLog(reports: readonly FileReport[]): object {
  const topics = ruleTopics();
  const rules = ALL_RULES.map((r) => {
    const first = topics.get(r.id)?.[0];
    return {
      id: r.id,
      shortDescription: { text: r.title },
      defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
      ...(first && { helpUri: topicUri(first) }),
      properties: { wave: r.wave, topics: topics.get(r.id) ?? [] },
    };
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: object[] = [];
  const notifications: object[] = [];
  for (const report of reports) {
    const location = { physicalLocation: { artifactLocation: { uri: report.file.replace(/\\/g, '/') } } };
    if (report.error !== undefined) {
      notifications.push({ level: 'error', message: { text: `${report.file}: ${report.error}` }, locations: [location] });
      continue;
    }
    for (const f of report.findings ?? []) {
      results.push({
        ruleId: f.rule,
        ...(index.has(f.rule) && { ruleIndex: index.get(f.rule) }),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            ...location,
            logicalLocations: [...new Set(f.elements)].map((id) => ({ name: id, kind: 'element' })),
          },
        ],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'lync-topology-validate', version: version().split(' ').pop(), rules } },
        results,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      },
    ],
  };
}

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** One testsuite per file; one testcase per finding (errors fail), or one passing case when there are none. */
export function junitXml(reports: readonly FileReport[]): string {
  const suites = reports.map((r) => {
    if (r.error !== undefined) {
      return `  <testsuite name="${xml(r.file)}" tests="1" failures="0" errors="1">\n    <testcase name="load" classname="${xml(r.file)}"><error message="${xml(r.error)}"/></testcase>\n  </testsuite>`;
    }
    const findings = r.findings ?? [];
    const failures = findings.filter((f) => f.severity === 'error').length;
    const cases = findings.length
      ? findings.map((f) => {
          const name = `${f.rule} [${f.elements.join(', ')}]`;
          const body =
            f.severity === 'error'
              ? `<failure type="${f.rule}" message="${xml(f.message)}"/>`
              : `<system-out>${xml(`${f.severity}: ${f.message}`)}</system-out>`;
          return `    <testcase name="${xml(name)}" classname="${xml(r.file)}">${body}</testcase>`;
        })
      : [`    <testcase name="no problems found" classname="${xml(r.file)}"/>`];
    return `  <testsuite name="${xml(r.file)}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="lync-topology-validate">\n${suites.join('\n')}\n</testsuites>`;
}
