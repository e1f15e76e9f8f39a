/**
 * The command-line planning reports (docs/reports.md): the same report functions as the Reports view.
 * Exit 0: printed. Exit 2: bad arguments, or the file could not be read or did not load (as for validate).
 */
import { REPORT_COLUMNS, REPORT_KINDS, report, toCsv, cellText, type ReportKind } from '../reports';
import { readDesignFile } from './read-design-file';
import { commonArgs, usageLine, type CommandSpec } from './args';
import { safeIo, type CliIo } from './terminal-text';

export const REPORT_SPEC: CommandSpec = {
  name: 'report',
  operands: 'FILE',
  summary: 'Print a planning report of a design: DNS records, certificates, firewall ports, server counts or the Edge summary.',
  options: [
    { name: '--kind', value: REPORT_KINDS.join('|'), help: 'which report (required)' },
    { name: '--json', help: 'print {"rows":[...]}' },
    { name: '--csv', help: 'print CSV' },
  ],
};

/** The --json contract: exactly these fields per row, in this order (optional ones only when present). */
const JSON_FIELDS: Record<ReportKind, readonly string[]> = {
  dns: ['zone', 'type', 'name', 'target', 'port', 'protocol'],
  certificates: ['holder', 'certificate', 'subject', 'san'],
  ports: ['from', 'to', 'port', 'protocol', 'purpose'],
  servers: ['site', 'role', 'drawn', 'recommended', 'reason'],
  edge: ['server', 'location', 'interface', 'service', 'fqdn', 'ip'],
};

export function runReport(argv: readonly string[], rawIo: CliIo): number {
  const io = safeIo(rawIo);
  const parsed = commonArgs(argv, REPORT_SPEC, io);
  if (typeof parsed === 'number') return parsed;
  const kind = parsed.values.get('--kind');
  const files = parsed.operands;
  if (parsed.flags.has('--json') && parsed.flags.has('--csv')) return fail(io, 'give --json or --csv, not both');
  const format = parsed.flags.has('--json') ? 'json' : parsed.flags.has('--csv') ? 'csv' : 'text';
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
    // Data for a pipe, exact; JSON.stringify escapes the C0 controls and the escaped text table below is for eyes.
    rawIo.stdout(JSON.stringify({ rows: rows.map(pick) }));
  } else if (format === 'csv') {
    rawIo.stdout(toCsv(k, rows as never).replace(/\r\n$/, ''));
  } else {
    for (const line of textTable(k, rows).split('\n')) io.stdout(line);
  }
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.stderr(`${message}; ${usageLine(REPORT_SPEC)}`);
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
