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

function cellValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
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
    header.forEach((name, c) => {
      const value = cellValue(row[c]);
      if (value !== null && value !== undefined && value !== '') record[name] = value;
    });
    yield { kind: 'record', line: r + 1, record };
  }
}
