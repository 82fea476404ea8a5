/**
 * CSV → raw items (csv-parse, streaming; quoted newlines and commas; BOM). A record with a bad
 * quote becomes a reject and reading goes on from the line after it: csv-parse cannot resume
 * inside a broken quote, so the file is opened again past that line and parsed with the same header.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { RawItem } from './raw-items.js';

/** Unique, non-empty column names: blanks become column_N, repeats get _2, _3 … */
export function headerNames(cells: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const text = cell === null || cell === undefined ? '' : String(cell).trim();
    const base = text === '' ? `column_${i + 1}` : text;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

/** A text stream without its first `count` lines. */
function skipLines(text: Readable, count: number): Readable {
  async function* rest() {
    let n = 0;
    for await (const line of createInterface({ input: text, crlfDelay: Infinity })) if (++n > count) yield `${line}\n`;
  }
  return Readable.from(rest());
}

interface Pass {
  /** Line of a record csv-parse gave up on, if any. */
  brokenAt?: number;
  header?: string[];
}

async function* parsePass(text: Readable, delimiter: string, pass: Pass, skipped: number): AsyncGenerator<RawItem> {
  // csv-parse runs ahead of this loop: where the last good record ended is tracked as it parses.
  let parsedEnd = pass.header ? 0 : 1;
  let previousEnd = parsedEnd;
  const parser = text.pipe(
    parse({
      columns: pass.header ?? ((cells: string[]) => (pass.header = headerNames(cells))),
      bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, info: true,
      on_record: (record, context) => {
        if (pass.brokenAt === undefined) parsedEnd = context.lines;
        return record;
      },
      on_skip: () => {
        pass.brokenAt ??= skipped + parsedEnd + 1;
        return undefined;
      },
    }),
  );
  for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const line = skipped + previousEnd + 1;
    if (pass.brokenAt !== undefined && line >= pass.brokenAt) break;
    previousEnd = item.info.lines;
    yield { kind: 'record', line, record: item.record };
  }
}

/**
 * `reopen` gives the decoded text again from the start (files); without it (stdin) the text after
 * a broken quote cannot be read again and is rejected as one record.
 */
export async function* readCsv(text: Readable, file: string, reopen?: () => Promise<Readable>): AsyncGenerator<RawItem> {
  const delimiter = /\.tsv(\.gz)?$/i.test(file) ? '\t' : ',';
  let source = text;
  let skipped = 0;
  let header: string[] | undefined;
  for (;;) {
    const pass: Pass = { header };
    yield* parsePass(skipped > 0 ? skipLines(source, skipped) : source, delimiter, pass, skipped);
    header = pass.header;
    if (pass.brokenAt === undefined) return;
    const line = pass.brokenAt;
    if (reopen === undefined) {
      const reason = `${file} line ${line}: a quote opened here is not closed properly; the rest of the input cannot be read again from stdin. Save it to a file and run again to recover the records after it.`;
      yield { kind: 'reject', reject: { file, line, code: 'bad_csv_row', reason } };
      return;
    }
    const reason = `${file} line ${line}: a quote opened here is not closed properly. This record is rejected; reading goes on from the next line.`;
    yield { kind: 'reject', reject: { file, line, code: 'bad_csv_row', reason } };
    source.destroy();
    source = await reopen();
    skipped = line;
  }
}
