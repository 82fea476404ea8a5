/**
 * Streaming readers: JSON Lines and CSV → Posts or Rejects, in input order, each with its
 * source line. Nothing is dropped silently: a line that cannot become a post becomes a reject.
 */
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { YuqingError } from '../errors.js';
import type { Post } from '../records.js';
import { isReject, mapRecord, type FieldMap, type Reject } from './map-record.js';

export type InputFormat = 'jsonl' | 'csv';

export type ReadItem = { readonly post: Post; readonly line: number } | { readonly reject: Reject };

export interface ReadOptions {
  readonly format?: InputFormat;
  readonly fields?: FieldMap;
  /** Read for the file name "-" (default: process.stdin). */
  readonly stdin?: Readable;
}

export function formatFromName(file: string): InputFormat | undefined {
  const ext = extname(file.replace(/\.gz$/i, '')).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  return undefined;
}

function openInput(file: string, stdin: Readable | undefined): Readable {
  return file === '-' ? (stdin ?? process.stdin) : createReadStream(file);
}

async function* readJsonLines(file: string, input: Readable, fields: FieldMap): AsyncGenerator<ReadItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const name = basename(file);
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { reject: { file, line, code: 'bad_json', reason: `${file} line ${line}: not valid JSON (${(error as Error).message}).` } };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const got = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
      yield { reject: { file, line, code: 'not_an_object', reason: `${file} line ${line}: expected a JSON object, got ${got}.` } };
      continue;
    }
    const mapped = mapRecord(value as Record<string, unknown>, { file, name, line }, fields);
    yield isReject(mapped) ? { reject: mapped } : { post: mapped, line };
  }
}

async function* readCsv(file: string, input: Readable, fields: FieldMap): AsyncGenerator<ReadItem> {
  const name = basename(file);
  const delimiter = extname(file).toLowerCase() === '.tsv' ? '\t' : ',';
  const parser = input.pipe(parseCsv({ columns: true, bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }));
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const line = item.info.lines;
      const mapped = mapRecord(item.record, { file, name, line }, fields);
      yield isReject(mapped) ? { reject: mapped } : { post: mapped, line };
    }
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    throw new YuqingError('E_INPUT_FORMAT', `${file} line ${e.lines ?? '?'}: the CSV cannot be read past this point (${e.message}). Check the quoting there.`, { file, line: e.lines });
  }
}

export async function* readPosts(file: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const format = options.format ?? formatFromName(file) ?? 'jsonl';
  const input = openInput(file, options.stdin);
  const fields = options.fields ?? {};
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') return resolve();
    input.once('open', () => resolve());
    input.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT'
        ? new YuqingError('E_INPUT_NOT_FOUND', `${file}: no such file. Check the path.`, { file })
        : new YuqingError('E_INPUT_FORMAT', `${file}: cannot be read (${error.message}).`, { file })),
    );
  });
  await opened;
  yield* format === 'csv' ? readCsv(file, input, fields) : readJsonLines(file, input, fields);
}
