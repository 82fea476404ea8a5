/** Excel .xlsx → raw items: the first sheet, its first non-empty row as the header. */
import type { Readable } from 'node:stream';
import { YuqingError } from '../../errors.js';
import { DEFAULT_LIMITS, grouped, type InputLimits } from './limits.js';
import type { RawItem } from './raw-items.js';
import { checkHeaderWidth, headerNames, setField, tooManyFieldsReason, widenHeader } from './record-fields.js';
import { boundedWorkbook } from './xlsx-limits.js';

async function collect(stream: Readable, file: string, limits: InputLimits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    // The zip itself is held in memory too: it may not be larger than its contents may.
    if (size > limits.maxXlsxBytes) {
      throw new YuqingError(
        'E_INPUT_LIMIT',
        `${file}: the workbook is larger than --max-xlsx-bytes allows (${grouped(limits.maxXlsxBytes)} bytes), and it is read in memory. Export the sheet as CSV, or raise --max-xlsx-bytes.`,
        { file },
      );
    }
  }
  return Buffer.concat(chunks);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date cell is the wall clock Excel shows, which read-excel-file hands over as a UTC Date with
 * the serial's float error (23:29:59.999): rounded to the second and written without an offset,
 * so the date reader places it in the study's zone.
 */
function cellValue(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const d = new Date(Math.round(value.getTime() / 1000) * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

function rowCharacters(row: readonly unknown[]): number {
  let n = 0;
  for (const cell of row) n += typeof cell === 'string' ? cell.length : isBlank(cell) ? 0 : 16;
  return n;
}

export async function* readXlsx(stream: Readable, file: string, limits: InputLimits = DEFAULT_LIMITS): AsyncGenerator<RawItem> {
  let rows: unknown[][];
  const workbook = await collect(stream, file, limits);
  try {
    const bounded = boundedWorkbook(workbook, file, limits);
    const { readSheet } = await import('read-excel-file/node'); // loaded only for Excel input
    rows = (await readSheet(Buffer.from(bounded))) as unknown[][];
  } catch (error) {
    if (error instanceof YuqingError) throw error;
    throw new YuqingError(
      'E_INPUT_FORMAT',
      `${file}: this Excel workbook cannot be read (${(error as Error).message}). Save it again as .xlsx or export CSV.`,
      { file },
    );
  }
  const isEmpty = (row: unknown[]) => row.every((c) => c === null || c === undefined || String(c).trim() === '');
  const headerAt = rows.findIndex((row) => !isEmpty(row));
  if (headerAt < 0) return;
  const headerCells = rows[headerAt]!;
  checkHeaderWidth(headerCells.filter((c) => !isBlank(c)).length, limits.maxFields, file, headerAt + 1);
  const header = headerNames(headerCells);
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (isEmpty(row)) continue;
    const line = r + 1;
    let width = row.length;
    while (width > 0 && isBlank(row[width - 1])) width--;
    const filled = row.reduce<number>((n, c) => (isBlank(c) ? n : n + 1), 0);
    if (filled > limits.maxFields) {
      yield { kind: 'reject', reject: { file, line, code: 'too_large', reason: tooManyFieldsReason(file, line, filled, limits.maxFields) } };
      continue;
    }
    if (rowCharacters(row) > limits.maxRecordBytes) {
      const reason = `${file} line ${line}: the row holds more than --max-record-bytes allows (${grouped(limits.maxRecordBytes)} characters). It is rejected; raise --max-record-bytes if it is genuine.`;
      yield { kind: 'reject', reject: { file, line, code: 'too_large', reason } };
      continue;
    }
    const names = widenHeader(header, headerCells, width);
    const record: Record<string, unknown> = {};
    // Empty cells under the header read as "", as CSV gives them: an empty body is empty_text in both.
    for (let c = 0; c < Math.max(width, header.length); c++) {
      const value = cellValue(row[c]);
      if (!isBlank(value)) setField(record, names[c]!, value);
      else if (c < header.length) setField(record, names[c]!, '');
    }
    yield { kind: 'record', line, record };
  }
}
