/**
 * Writing .xlsx workbooks of plain text cells with write-excel-file. Its zip stamps every entry
 * with the time of writing; the entries are re-zipped with a fixed time, so the same rows give
 * byte-identical files.
 */
import { unzipSync, zipSync } from 'fflate';

export interface XlsxSheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** Bold first row, kept in view when scrolling. */
  readonly header?: boolean;
}

const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

export async function xlsxBytes(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node'); // loaded only when writing Excel
  const input = sheets.map((s) => ({
    sheet: s.name,
    data: s.rows.map((row, r) => row.map((value) => ({ value, type: String, wrap: true, ...(s.header && r === 0 ? { fontWeight: 'bold' as const } : {}) }))),
    columns: s.widths?.map((width) => ({ width })),
    ...(s.header ? { stickyRowsCount: 1 } : {}),
  }));
  const zipped = new Uint8Array(await writeXlsxFile(input).toBuffer());
  const entries = unzipSync(zipped);
  const names = Object.keys(entries);
  return zipSync(Object.fromEntries(names.map((n) => [n, [entries[n]!, { mtime: FIXED_TIME }]])), { level: 6 });
}
