/**
 * The Reports view: one tab per planning report, a live table (recomputed from the design on every edit),
 * a filter, CSV and spreadsheet export and a printable page. A row click selects and frames its elements.
 * Loaded with React.lazy, so neither it nor ExcelJS is in the first screen's bundle.
 */
import { useMemo, useState } from 'react';
import type { Design } from '../../domain/design';
import { downloadBlob, downloadText } from '../../io/download';
import { loadOnUse } from '../../io/load-on-use';
import { REPORT_COLUMNS, REPORT_KINDS, REPORT_TITLES, cellText, report, toCsv, type ReportKind } from '../../reports';
import { useDesignStore } from '../../state/design-store';
import { useSessionStore } from '../../state/session-store';
import { useViewStore } from '../../state/view-store';
import './reports.css';

type Row = Record<string, unknown> & { elements: string[] };

const baseName = (design: Design) => (design.name?.trim() || 'design').replace(/[^\w.-]+/g, '-').slice(0, 60);

export default function ReportsView() {
  const design = useDesignStore((s) => s.design);
  const [kind, setKind] = useState<ReportKind>('dns');
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const rows = useMemo(() => report(design, kind) as unknown as Row[], [design, kind]);
  const cols = REPORT_COLUMNS[kind] as readonly string[];
  const needle = filter.trim().toLowerCase();
  const shown = needle ? rows.filter((r) => cols.some((c) => cellText(r[c]).toLowerCase().includes(needle))) : rows;

  const reveal = (row: Row) => {
    if (!row.elements.length) return;
    const session = useSessionStore.getState();
    session.select(row.elements);
    session.frame(row.elements);
  };
  const exportSheet = async () => {
    setBusy(true);
    try {
      const write = await loadOnUse('the spreadsheet writer', async () => (await import('../../io/report-workbook')).workbookWriter());
      if (!write) return;
      const bytes = await write(design);
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${baseName(design)}-reports.xlsx`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="reports-view" aria-label="Reports">
      <header className="reports-header">
        <div role="tablist" aria-label="Report">
          {REPORT_KINDS.map((k) => (
            <button key={k} type="button" role="tab" aria-selected={k === kind} onClick={() => setKind(k)}>
              {REPORT_TITLES[k]}
            </button>
          ))}
        </div>
        <button type="button" className="reports-close" aria-label="Close the reports" onClick={() => useViewStore.getState().setShowReports(false)}>
          ✕
        </button>
      </header>
      <div className="reports-tools">
        <input type="search" aria-label="Filter the rows" placeholder="Filter" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" onClick={() => downloadText(toCsv(kind, shown as never), `${baseName(design)}-${kind}.csv`, 'text/csv')}>
          CSV
        </button>
        <button type="button" onClick={() => void exportSheet()} disabled={busy} title="Every report, one sheet each">
          Spreadsheet
        </button>
        <button type="button" onClick={() => window.print()} title="Print this report">
          Print
        </button>
      </div>
      <p className="reports-count" data-testid="report-count">
        {shown.length} of {rows.length} rows
      </p>
      {/* Focusable so the scrolling table can be scrolled from the keyboard. */}
      <div className="reports-table-wrap" tabIndex={0} role="region" aria-label="Report rows">
        <table className="reports-table" data-testid="report-table">
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i} onClick={() => reveal(r)} title={r.elements.length ? 'Show on the canvas' : undefined}>
                {cols.map((c) => (
                  <td key={c}>{cellText(r[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
