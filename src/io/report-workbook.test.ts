import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../document/parse';
import medium from '../document/samples/reference-medium.json?raw';
import { REPORT_COLUMNS, REPORT_KINDS, report, toCsv } from '../reports';
import { reportSheets, reportWorkbook } from './report-workbook';

const loaded = loadDesign(medium);
if (!loaded.ok) throw new Error('the medium reference design must load');
const design = loaded.value;
const values = (ws: ExcelJS.Worksheet) => {
  const out: string[][] = [];
  ws.eachRow((row) => out.push(Array.from(row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))));
  return out;
};
const pad = (rows: string[][], n: number) => rows.map((r) => [...r, ...Array(n - r.length).fill('')]);

describe('report spreadsheet and CSV', () => {
  it('opens with one sheet per report holding the same rows as the table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportWorkbook(design)).buffer as ArrayBuffer);
    const sheets = reportSheets(design);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets.map((s) => s.title));
    for (const s of sheets) {
      expect(s.rows.length).toBe(report(design, s.kind).length);
      expect(pad(values(wb.getWorksheet(s.title)!), s.header.length)).toEqual([s.header, ...s.rows]);
    }
  });

  it.each(REPORT_KINDS)('%s CSV reads back with the same rows', async (kind) => {
    const wb = new ExcelJS.Workbook();
    const rows = report(design, kind);
    const ws = await wb.csv.read(Readable.from([toCsv(kind, rows as never)]), { parserOptions: { quote: '"' } } as never);
    const sheet = reportSheets(design).find((s) => s.kind === kind)!;
    const back = pad(values(ws), REPORT_COLUMNS[kind].length);
    expect(back).toEqual([sheet.header, ...sheet.rows]);
  });
});
