/** Planning reports: pure functions of the design (README.md). */
import type { Design } from '../domain/design';
import { certificateReport, type CertificateRow } from './certificates';
import { dnsReport, type DnsRow } from './dns';
import { edgeReport, type EdgeRow } from './edge';
import { portReport, type PortRow } from './ports';
import { serverReport, type ServerRow } from './servers';

export type { CertificateRow, DnsRow, EdgeRow, PortRow, ServerRow };
export { certificateReport, dnsReport, edgeReport, portReport, serverReport };

export const REPORT_KINDS = ['dns', 'certificates', 'ports', 'servers', 'edge'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportRowOf {
  dns: DnsRow;
  certificates: CertificateRow;
  ports: PortRow;
  servers: ServerRow;
  edge: EdgeRow;
}

export const REPORT_TITLES: Record<ReportKind, string> = {
  dns: 'DNS records',
  certificates: 'Certificates',
  ports: 'Firewall ports',
  servers: 'Server counts',
  edge: 'Edge summary',
};

/** The columns of each report, in order: the CLI's --json fields first, then notes and the topic. */
export const REPORT_COLUMNS: { [K in ReportKind]: readonly (keyof ReportRowOf[K] & string)[] } = {
  dns: ['zone', 'type', 'name', 'target', 'port', 'protocol', 'note', 'topic'],
  certificates: ['holder', 'certificate', 'subject', 'san', 'notes', 'topic'],
  ports: ['from', 'to', 'port', 'protocol', 'purpose', 'topic'],
  servers: ['site', 'role', 'drawn', 'recommended', 'reason', 'hardware', 'topic'],
  edge: ['server', 'location', 'interface', 'service', 'fqdn', 'ip', 'comments', 'topic'],
};

export function report<K extends ReportKind>(design: Design, kind: K): ReportRowOf[K][] {
  const fns = { dns: dnsReport, certificates: certificateReport, ports: portReport, servers: serverReport, edge: edgeReport };
  return fns[kind](design) as ReportRowOf[K][];
}

/** A cell as text (SAN lists joined), for tables, CSV and spreadsheets. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/**
 * Guard against CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * `=`, `+`, `-`, `@`, tab or CR as a formula, and a name or description in a design is typed by whoever
 * wrote the file. Such a cell gets a leading `'`, which spreadsheets show as text. A plain number ("-1",
 * "-2.5") is left alone: it cannot hold a formula and stays a number; port ranges ("50000-59999") start
 * with a digit and are untouched.
 */
export function csvSafe(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || /^-\d+(\.\d+)?$/.test(text)) return text;
  return `'${text}`;
}

/** RFC 4180 CSV: every field quoted when it holds a comma, quote or line break; CRLF line ends; formulas neutralised. */
export function toCsv<K extends ReportKind>(kind: K, rows: readonly ReportRowOf[K][]): string {
  const cols = REPORT_COLUMNS[kind];
  const esc = (cell: string) => {
    const t = csvSafe(cell);
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const lines = [cols.join(','), ...rows.map((r) => cols.map((c) => esc(cellText(r[c]))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
