/**
 * The command-line planning reports (docs/reports.md): the same report functions as the Reports view.
 * Exit 0: printed. Exit 2: bad arguments, or the file could not be read or did not load (as for validate).
 */
import { REPORT_COLUMNS, REPORT_KINDS, report, toCsv, cellText, type ReportKind } from '../reports';
import { readDesignFile } from './read-design-file';
import type { CliIo } from './validate-command';

const USAGE = `usage: npm run -s report -- FILE --kind ${REPORT_KINDS.join('|')} [--json|--csv]`;

/** The --json contract: exactly these fields per row, in this order (optional ones only when present). */
const JSON_FIELDS: Record<ReportKind, readonly string[]> = {
  dns: ['zone', 'type', 'name', 'target', 'port', 'protocol'],
  certificates: ['holder', 'certificate', 'subject', 'san'],
  ports: ['from', 'to', 'port', 'protocol', 'purpose'],
  servers: ['site', 'role', 'drawn', 'recommended', 'reason'],
};

export function runReport(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  let kind: string | undefined;
  let format: 'text' | 'json' | 'csv' = 'text';
  const files: string[] = [];
  while (args.length) {
    const a = args.shift()!;
    if (a === '--kind') kind = args.shift();
    else if (a.startsWith('--kind=')) kind = a.slice(7);
    else if (a === '--json' || a === '--csv') {
      if (format !== 'text') return fail(io, 'give --json or --csv, not both');
      format = a === '--json' ? 'json' : 'csv';
    } else if (a.startsWith('--')) return fail(io, `unknown option ${a}`);
    else files.push(a);
  }
  if (!kind) return fail(io, 'missing --kind');
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) return fail(io, `unknown report kind "${kind}"`);
  if (files.length !== 1) return fail(io, files.length ? 'give one file' : 'missing FILE');
  const read = readDesignFile(files[0]!);
  if (!read.ok) {
    io.stderr(read.message);
    return 2;
  }
  const k = kind as ReportKind;
  const rows = report(read.design, k) as unknown as Record<string, unknown>[];
  if (format === 'json') {
    const pick = (r: Record<string, unknown>) => Object.fromEntries(JSON_FIELDS[k].filter((f) => r[f] !== undefined).map((f) => [f, r[f]]));
    io.stdout(JSON.stringify({ rows: rows.map(pick) }));
  } else if (format === 'csv') {
    io.stdout(toCsv(k, rows as never).replace(/\r\n$/, ''));
  } else {
    io.stdout(textTable(k, rows));
  }
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.stderr(`${message}; ${USAGE}`);
  return 2;
}

function textTable(kind: ReportKind, rows: readonly Record<string, unknown>[]): string {
  const cols = REPORT_COLUMNS[kind].filter((c) => c !== 'topic' && c !== 'hardware');
  if (!rows.length) return '(no rows)';
  const cells = rows.map((r) => cols.map((c) => cellText(r[c])));
  const widths = cols.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((row) => row[i]!.length))));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line([...cols]), ...cells.map(line), `${rows.length} row(s)`].join('\n');
}
