/**
 * An .xlsx is a zip of XML parts, read whole in memory, and its reader builds a full table from the
 * cell addresses: a few kilobytes can declare gigabytes of XML or a billion cells. Before the reader
 * sees a workbook, its declared sizes and the span of its cell addresses are checked, and its XML
 * parts are unzipped here, each into a buffer of its declared size (a part that inflates to more is
 * cut there, never grown), then stored uncompressed for the reader.
 */
import { unzipSync, zipSync } from 'fflate';
import { YuqingError } from '../../errors.js';
import { grouped, INFLATE_RATIO_FLOOR, type InputLimits } from './limits.js';

const READ_PARTS = /\.(xml|rels)$/i;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

function limitError(file: string, what: string, fix: string): YuqingError {
  return new YuqingError('E_INPUT_LIMIT', `${file}: ${what}. ${fix}`, { file });
}

const COLUMN_LETTERS = /^[A-Z]{1,3}/;

/** The last row and column any ` r="…"` address of a sheet names (rows from <row r>, both from <c r>). */
export function sheetSpan(xml: Uint8Array): { rows: number; columns: number } {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let rows = 0;
  let columns = 0;
  for (let at = bytes.indexOf(' r="'); at >= 0; at = bytes.indexOf(' r="', at + 4)) {
    const end = bytes.indexOf(0x22, at + 4);
    if (end < 0 || end - at > 24) continue;
    const ref = bytes.toString('latin1', at + 4, end);
    const letters = COLUMN_LETTERS.exec(ref)?.[0] ?? '';
    const row = Number(ref.slice(letters.length));
    if (Number.isInteger(row)) rows = Math.max(rows, row);
    let column = 0;
    for (const c of letters) column = column * 26 + (c.charCodeAt(0) - 64);
    columns = Math.max(columns, column);
  }
  return { rows, columns };
}

/** The workbook's XML parts, checked against the limits and stored uncompressed; throws E_INPUT_LIMIT. */
export function boundedWorkbook(zip: Uint8Array, file: string, limits: InputLimits): Uint8Array {
  let declared = 0;
  unzipSync(zip, {
    filter: (entry) => {
      if (READ_PARTS.test(entry.name)) declared += entry.originalSize;
      return false;
    },
  });
  if (declared > limits.maxXlsxBytes) {
    throw limitError(
      file,
      `the workbook's sheets unzip to ${grouped(declared)} bytes, more than --max-xlsx-bytes allows (${grouped(limits.maxXlsxBytes)})`,
      'Export the sheet as CSV (read as a stream, with no such limit), or raise --max-xlsx-bytes.',
    );
  }
  if (limits.maxInflateRatio > 0 && declared > INFLATE_RATIO_FLOOR && declared > limits.maxInflateRatio * zip.length) {
    throw limitError(
      file,
      `the workbook unzips ${Math.round(declared / zip.length)}-fold (${grouped(zip.length)} bytes to ${grouped(declared)}), past --max-inflate-ratio ${limits.maxInflateRatio}: this looks like a zip bomb, and it was not read`,
      'If the file is genuine, raise --max-inflate-ratio (0 turns the check off).',
    );
  }
  const parts = unzipSync(zip, { filter: (entry) => READ_PARTS.test(entry.name) });
  for (const [name, xml] of Object.entries(parts)) {
    if (!SHEET.test(name)) continue;
    const { rows, columns } = sheetSpan(xml);
    if (rows * columns > limits.maxSheetCells) {
      throw limitError(
        file,
        `sheet ${name} spans ${grouped(rows)} rows × ${grouped(columns)} columns (${grouped(rows * columns)} cells), more than --max-sheet-cells allows (${grouped(limits.maxSheetCells)}); the reader would build all of them in memory`,
        'Delete stray cells far from the data (Ctrl+End in Excel shows the last one), export CSV, or raise --max-sheet-cells.',
      );
    }
  }
  return zipSync(parts, { level: 0 });
}
