/**
 * The planning reports as a spreadsheet with one sheet per report, written by ExcelJS (a maintained xlsx
 * library; SheetJS's npm package is no longer updated there). It is large, so it is loaded with import()
 * only when the user asks for a spreadsheet, never in the first screen's bundle.
 */
import type { Design } from '../domain/design';
import { REPORT_COLUMNS, REPORT_KINDS, REPORT_TITLES, cellText, report } from '../reports';

/** Every report's header and rows as text, the same cells the table and the CSV show. */
export function reportSheets(design: Design): { kind: (typeof REPORT_KINDS)[number]; title: string; header: string[]; rows: string[][] }[] {
  return REPORT_KINDS.map((kind) => {
    const cols = REPORT_COLUMNS[kind] as readonly string[];
    const rows = (report(design, kind) as unknown as Record<string, unknown>[]).map((r) => cols.map((c) => cellText(r[c])));
    return { kind, title: REPORT_TITLES[kind], header: [...cols], rows };
  });
}

/** Loads ExcelJS and returns the writer: the Reports view loads it on use and says so when it cannot. */
export async function workbookWriter(): Promise<(design: Design) => Promise<Uint8Array>> {
  const { default: ExcelJS } = await import('exceljs');
  return (design) => writeWorkbook(ExcelJS, design);
}

export async function reportWorkbook(design: Design): Promise<Uint8Array> {
  return (await workbookWriter())(design);
}

async function writeWorkbook(ExcelJS: typeof import('exceljs'), design: Design): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lync topology designer';
  for (const sheet of reportSheets(design)) {
    const ws = workbook.addWorksheet(sheet.title);
    ws.addRow(sheet.header).font = { bold: true };
    // Cells are written as text, so a value such as "=cmd" is never a formula.
    for (const row of sheet.rows) ws.addRow(row);
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.columns.forEach((c, i) => (c.width = Math.min(60, Math.max(10, ...sheet.rows.map((r) => r[i]!.length), sheet.header[i]!.length))));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
