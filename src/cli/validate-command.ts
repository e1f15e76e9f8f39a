/**
 * The command-line validator: the same load pipeline and rule module as the browser. FILE is our JSON or a
 * Topology Builder file (.tbxml) or published topology XML, imported first.
 * Exit 0: loaded, no error findings. Exit 1: error findings. Exit 2: could not be read or did not load.
 */
import { validate } from '../rules/engine';
import type { Finding } from '../rules/types';
import { readDesignFile } from './read-design-file';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = 'usage: npm run -s validate -- FILE [--json]';

export function runValidate(argv: readonly string[], io: CliIo): number {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (unknown.length || files.length !== 1) {
    io.stderr(unknown.length ? `unknown option ${unknown[0]}; ${USAGE}` : USAGE);
    return 2;
  }
  const file = files[0]!;
  const read = readDesignFile(file);
  if (!read.ok) {
    io.stderr(read.message);
    return 2;
  }
  const findings = validate(read.design);
  if (json) io.stdout(JSON.stringify({ findings: findings.map(publicFinding) }));
  else io.stdout(humanReport(file, findings));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** The contract's four fields, in this order, then the labels of the fixes offered, best first. */
function publicFinding(f: Finding) {
  const fixes = (f.fixes ?? []).map((x) => ({ label: x.label }));
  return { rule: f.rule, severity: f.severity, elements: f.elements, message: f.message, fixes };
}

function humanReport(file: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return `${file}: no problems found`;
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const lines = findings.map((f) => `${f.severity.padEnd(7)} ${f.rule.padEnd(34)} ${f.message} [${f.elements.join(', ')}]`);
  lines.push(`${file}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`);
  return lines.join('\n');
}
