/**
 * CSV → raw items (csv-parse, streaming; quoted newlines and commas; BOM). A record with a bad
 * quote, or longer than the record limit, becomes a reject and reading goes on from the line after
 * it: csv-parse cannot resume inside a broken record, so the file is opened again past that line
 * and parsed with the same header. Cells past the header are kept as `column_N` fields.
 */
import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DEFAULT_LIMITS, grouped, type InputLimits } from './limits.js';
import type { RejectCode } from './map-record.js';
import type { RawItem } from './raw-items.js';
import { checkHeaderWidth, headerNames, setField, tooManyFieldsReason, widenHeader } from './record-fields.js';

export { headerNames };

/** A text stream without its first `count` lines (LF, CRLF or a lone CR end one); nothing is held but a chunk. */
function skipLines(text: Readable, count: number): Readable {
  async function* rest() {
    let n = 0;
    let afterCr = false;
    for await (const chunk of text) {
      let s = chunk as string;
      if (afterCr && s.startsWith('\n')) s = s.slice(1);
      afterCr = false;
      let i = 0;
      while (n < count) {
        const lf = s.indexOf('\n', i);
        const cr = s.indexOf('\r', i);
        const at = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
        if (at < 0) break;
        n++;
        i = s[at] === '\r' && s[at + 1] === '\n' ? at + 2 : at + 1;
        afterCr = s[at] === '\r' && at === s.length - 1;
      }
      if (n < count) continue;
      if (i < s.length) yield s.slice(i);
      if (i < s.length) afterCr = false;
    }
  }
  return Readable.from(rest());
}

interface Pass {
  /** Line of a record csv-parse gave up on, if any, and why. */
  brokenAt?: number;
  brokenCode?: RejectCode;
  header?: string[];
  headerCells?: string[];
}

function rowRecord(pass: Pass, cells: readonly string[]): Record<string, unknown> {
  const names = widenHeader(pass.header!, pass.headerCells!, cells.length);
  const record: Record<string, unknown> = {};
  cells.forEach((cell, i) => {
    setField(record, names[i]!, cell);
  });
  return record;
}

async function* parsePass(text: Readable, delimiter: string, pass: Pass, skipped: number, file: string, limits: InputLimits): AsyncGenerator<RawItem> {
  // csv-parse runs ahead of this loop: where the last good record ended is tracked as it parses.
  let parsedEnd = 0;
  let previousEnd = 0;
  // pipeline, not pipe: an error of the text (damaged gzip under it) reaches the loop below.
  const parser = pipeline(
    text,
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      max_record_size: limits.maxRecordBytes,
      on_record: (record, context) => {
        if (pass.brokenAt === undefined) parsedEnd = context.lines;
        return record;
      },
      on_skip: (error) => {
        if (pass.brokenAt === undefined) {
          pass.brokenAt = skipped + parsedEnd + 1;
          pass.brokenCode = (error as { code?: string } | undefined)?.code === 'CSV_MAX_RECORD_SIZE' ? 'too_large' : 'bad_csv_row';
        }
        return undefined;
      },
    }),
    () => undefined,
  );
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = skipped + previousEnd + 1;
    if (pass.brokenAt !== undefined && line >= pass.brokenAt) break;
    previousEnd = item.info.lines;
    if (pass.header === undefined) {
      checkHeaderWidth(item.record.length, limits.maxFields, file, line);
      pass.headerCells = item.record;
      pass.header = headerNames(item.record);
      continue;
    }
    if (item.record.length > limits.maxFields) {
      yield { kind: 'reject', reject: { file, line, code: 'too_large', reason: tooManyFieldsReason(file, line, item.record.length, limits.maxFields) } };
      continue;
    }
    yield { kind: 'record', line, record: rowRecord(pass, item.record) };
  }
  parser.destroy();
}

function brokenReason(file: string, line: number, code: RejectCode | undefined, limits: InputLimits, fromStdin: boolean): string {
  const what =
    code === 'too_large'
      ? `the record is longer than --max-record-bytes allows (${grouped(limits.maxRecordBytes)} characters)`
      : 'a quote opened here is not closed properly';
  return fromStdin
    ? `${file} line ${line}: ${what}; the rest of the input cannot be read again from stdin. Save it to a file and run again to recover the records after it.`
    : `${file} line ${line}: ${what}. This record is rejected; reading goes on from the next line.`;
}

/**
 * `reopen` gives the decoded text again from the start (files); without it (stdin) the text after
 * a broken record cannot be read again and is rejected as one record.
 */
export async function* readCsv(text: Readable, file: string, reopen?: () => Promise<Readable>, limits: InputLimits = DEFAULT_LIMITS): AsyncGenerator<RawItem> {
  const delimiter = /\.tsv(\.gz)?$/i.test(file) ? '\t' : ',';
  let source = text;
  let skipped = 0;
  let header: Pass = {};
  for (;;) {
    const pass: Pass = { header: header.header, headerCells: header.headerCells };
    yield* parsePass(skipped > 0 ? skipLines(source, skipped) : source, delimiter, pass, skipped, file, limits);
    header = pass;
    if (pass.brokenAt === undefined) return;
    const line = pass.brokenAt;
    const reason = brokenReason(file, line, pass.brokenCode, limits, reopen === undefined);
    yield { kind: 'reject', reject: { file, line, code: pass.brokenCode ?? 'bad_csv_row', reason } };
    if (reopen === undefined) return;
    source.destroy();
    source = await reopen();
    skipped = line;
  }
}
