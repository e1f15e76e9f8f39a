/**
 * The command-line validator: the same load pipeline and rule module as the browser. FILE is our JSON or a
 * Topology Builder file (.tbxml) or published topology XML, imported first.
 * Exit 0: loaded, no error findings. Exit 1: error findings. Exit 2: could not be read or did not load.
 * With several files (or globs) the exit code is the worst of them, and each file gets one summary line.
 */
import { isAbsolute } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { validate } from '../rules/engine';
import type { Finding } from '../rules/types';
import { readDesignFile } from './read-design-file';
import { commonArgs, usageLine, type CommandSpec } from './args';
import { junitXml, sarifLog, type FileReport } from './report-formats';
import { safeIo, type CliIo } from './terminal-text';

export type { CliIo } from './terminal-text';

const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];

export const VALIDATE_SPEC: CommandSpec = {
  name: 'validate',
  operands: 'FILE|GLOB...',
  summary: 'Check Lync topology designs against the rule catalog (exit 0: no errors, 1: error findings, 2: a file did not load).',
  options: [
    { name: '--format', value: FORMATS.join('|'), help: 'report format (default text); sarif and junit are for CI' },
    { name: '--json', help: 'the same as --format json' },
  ],
};

export function runValidate(argv: readonly string[], rawIo: CliIo): number {
  const io = safeIo(rawIo);
  const parsed = commonArgs(argv, VALIDATE_SPEC, io);
  if (typeof parsed === 'number') return parsed;
  const format = (parsed.values.get('--format') ?? (parsed.flags.has('--json') ? 'json' : 'text')) as Format;
  const refuse = (message: string): number => {
    if (format === 'json') io.stdout(JSON.stringify({ error: message }));
    io.stderr(message);
    return 2;
  };
  if (!FORMATS.includes(format)) return refuse(`--format must be one of ${FORMATS.join(', ')}; ${usageLine(VALIDATE_SPEC)}`);
  if (parsed.flags.has('--json') && format !== 'json') return refuse(`--json and --format ${format} disagree`);
  if (parsed.operands.length === 0) return refuse(usageLine(VALIDATE_SPEC));
  const files = expand(parsed.operands);
  const reports = files.map(checkFile);
  const worst = Math.max(0, ...reports.map(exitCodeOf));
  if (format === 'sarif' || format === 'junit') {
    // The report records a file that did not load; the terminal hears of it too.
    for (const r of reports) if (r.error !== undefined) io.stderr(`${r.file}: ${r.error}`);
    // SARIF on one line: every message is one line, escaped.
    if (format === 'sarif') io.stdout(JSON.stringify(sarifLog(reports)));
    else for (const line of junitXml(reports).split('\n')) io.stdout(line);
  }
  else if (format === 'json') {
    // One file: the contract's object, unchanged. Several: one object per line with the file named.
    if (reports.length === 1) {
      const r = reports[0]!;
      if (r.error !== undefined) return refuse(`${r.file}: ${r.error}`);
      io.stdout(JSON.stringify({ findings: r.findings!.map(publicFinding) }));
    } else {
      for (const r of reports) {
        if (r.error !== undefined) io.stderr(`${r.file}: ${r.error}`);
        io.stdout(JSON.stringify(r.error !== undefined ? { file: r.file, error: r.error } : { file: r.file, findings: r.findings!.map(publicFinding) }));
      }
    }
  } else for (const r of reports) humanReport(r, io);
  return worst;
}

/** Operands that are glob patterns expand to the files they match (sorted); a pattern matching nothing is reported. */
function expand(operands: readonly string[]): string[] {
  return operands.flatMap((o) => {
    if (!isDynamicPattern(o)) return [o];
    const matched = globSync(o, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(o) }).sort();
    return matched.length ? matched : [o];
  });
}

function checkFile(file: string): FileReport {
  const read = readDesignFile(file);
  if (read.ok) return { file, findings: validate(read.design) };
  return { file, error: read.message.startsWith(`${file}: `) ? read.message.slice(file.length + 2) : read.message };
}

function exitCodeOf(r: FileReport): number {
  if (r.error !== undefined) return 2;
  return r.findings!.some((f) => f.severity === 'error') ? 1 : 0;
}

/** The contract's four fields, in this order, then the labels of the fixes offered, best first. */
function publicFinding(f: Finding) {
  const fixes = (f.fixes ?? []).map((x) => ({ label: x.label }));
  return { rule: f.rule, severity: f.severity, elements: f.elements, message: f.message, fixes };
}

function humanReport(r: FileReport, io: CliIo): void {
  if (r.error !== undefined) {
    io.stderr(`${r.file}: ${r.error}`);
    return;
  }
  const findings = r.findings!;
  if (findings.length === 0) {
    io.stdout(`${r.file}: no problems found`);
    return;
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  for (const f of findings) io.stdout(`${f.severity.padEnd(7)} ${f.rule.padEnd(34)} ${f.message} [${f.elements.join(', ')}]`);
  io.stdout(`${r.file}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`);
}
