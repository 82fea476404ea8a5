/** Excel .xlsx → raw items: the first sheet, its first non-empty row as the header. */
import type { Readable } from 'node:stream';
import { YuqingError } from '../errors.js';
import { headerNames } from './read-csv.js';
import type { RawItem } from './raw-items.js';

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
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

export async function* readXlsx(stream: Readable, file: string): AsyncGenerator<RawItem> {
  let rows: unknown[][];
  try {
    const { readSheet } = await import('read-excel-file/node'); // loaded only for Excel input
    rows = (await readSheet(await collect(stream))) as unknown[][];
  } catch (error) {
    throw new YuqingError('E_INPUT_FORMAT', `${file}: this Excel workbook cannot be read (${(error as Error).message}). Save it again as .xlsx or export CSV.`, { file });
  }
  const isEmpty = (row: unknown[]) => row.every((c) => c === null || c === undefined || String(c).trim() === '');
  const headerAt = rows.findIndex((row) => !isEmpty(row));
  if (headerAt < 0) return;
  const header = headerNames(rows[headerAt]!);
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (isEmpty(row)) continue;
    const record: Record<string, unknown> = {};
    // Empty cells read as "", as CSV gives them: an empty body is empty_text in both.
    header.forEach((name, c) => {
      const value = cellValue(row[c]);
      record[name] = value === null || value === undefined ? '' : value;
    });
    yield { kind: 'record', line: r + 1, record };
  }
}
