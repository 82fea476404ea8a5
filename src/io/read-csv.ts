/**
 * CSV → raw items (csv-parse, streaming; quoted newlines and commas; BOM). A record with a bad
 * quote becomes a reject and reading goes on: an unclosed quote would otherwise swallow the rest
 * of the file, so the text after its first line is parsed again with the same header.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { RawItem } from './raw-items.js';

interface CsvInfo {
  readonly lines: number;
}

/** Unique, non-empty column names: blanks become column_N, repeats get _2, _3 … */
export function headerNames(cells: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = typeof cell === 'string' && cell.trim() !== '' ? cell.trim() : cell != null && String(cell).trim() !== '' ? String(cell).trim() : `column_${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

interface Broken {
  readonly line: number;
  readonly raw: string;
}

async function* parseCsvText(text: Readable, file: string, delimiter: string, given: string[] | undefined, lineOffset: number): AsyncGenerator<RawItem> {
  let header = given;
  let previousEnd = given ? 0 : 1;
  const pending: RawItem[] = [];
  let broken: Broken | undefined;
  const parser = text.pipe(
    parse({
      columns: given ?? ((cells: string[]) => (header = headerNames(cells))),
      bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true,
      skip_records_with_error: true, raw: true, info: true,
      on_skip: (error, raw) => {
        const line = lineOffset + previousEnd + 1;
        if (error?.code === 'CSV_QUOTE_NOT_CLOSED') broken = { line, raw: raw ?? '' };
        else {
          const reason = `${file} line ${line}: this CSV record cannot be read (${error?.message ?? 'malformed'}). Check its quoting.`;
          pending.push({ kind: 'reject', reject: { file, line, code: 'bad_csv_row', reason } });
        }
        return undefined;
      },
    }),
  );
  for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: CsvInfo }>) {
    while (pending.length > 0) yield pending.shift()!;
    const line = lineOffset + previousEnd + 1;
    previousEnd = item.info.lines;
    yield { kind: 'record', line, record: item.record };
  }
  while (pending.length > 0) yield pending.shift()!;
  if (broken !== undefined) {
    const reason = `${file} line ${broken.line}: a quote opened here is never closed. This record is rejected; reading goes on from the next line.`;
    yield { kind: 'reject', reject: { file, line: broken.line, code: 'bad_csv_row', reason } };
    const newline = broken.raw.indexOf('\n');
    if (newline >= 0 && header !== undefined) {
      yield* parseCsvText(Readable.from([broken.raw.slice(newline + 1)]), file, delimiter, header, broken.line);
    }
  }
}

export function readCsv(text: Readable, file: string): AsyncGenerator<RawItem> {
  const delimiter = /\.tsv(\.gz)?$/i.test(file) ? '\t' : ',';
  return parseCsvText(text, file, delimiter, undefined, 0);
}
