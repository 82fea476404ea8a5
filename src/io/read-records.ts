/**
 * Streaming readers: a dump (JSON Lines, CSV or xlsx; gzip or not; any supported encoding) →
 * posts or rejects, in input order, each with its source line. Nothing is dropped silently.
 */
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { Post } from '../records.js';
import type { FieldMap, Reject } from './map-record.js';
import { openInput, type OpenedInput } from './open-input.js';
import { readCsv } from './read-csv.js';
import { readJsonLines } from './read-jsonl.js';
import { readXlsx } from './read-xlsx.js';
import { isReject, toPost, type ItemSource, type RawItem } from './raw-items.js';
import type { InputFormat } from './sniff.js';

export type { InputFormat };

export type ReadItem = { readonly post: Post; readonly line: number } | { readonly reject: Reject };

export interface ReadOptions {
  readonly format?: InputFormat;
  readonly encoding?: string;
  readonly fields?: FieldMap;
  /** Read for the file name "-" (default: process.stdin). */
  readonly stdin?: Readable;
}

export interface RawInput {
  readonly opened: OpenedInput;
  readonly source: ItemSource;
  readonly items: AsyncGenerator<RawItem>;
}

export async function openRawItems(file: string, options: ReadOptions = {}): Promise<RawInput> {
  const opened = await openInput(file, options);
  const source = { file, name: file === '-' ? 'stdin' : basename(file) };
  const items =
    opened.format === 'xlsx'
      ? readXlsx(opened.stream, file)
      : opened.format === 'csv'
        ? readCsv(opened.stream, file, file === '-' ? undefined : async () => (await openInput(file, { ...options, format: 'csv', encoding: opened.encoding })).stream)
        : readJsonLines(opened.stream);
  return { opened, source, items };
}

export async function* readPosts(file: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const { source, items } = await openRawItems(file, options);
  const fields = options.fields ?? {};
  for await (const item of items) {
    if (item.kind === 'reject') {
      yield { reject: item.reject };
      continue;
    }
    const mapped = toPost(item, source, fields);
    yield isReject(mapped) ? { reject: mapped } : { post: mapped, line: item.line };
  }
}
