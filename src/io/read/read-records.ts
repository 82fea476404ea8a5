/**
 * Streaming readers: a dump (JSON Lines, CSV or xlsx; gzip or not; any supported encoding) →
 * posts or rejects, in input order, each with its source line. Nothing is dropped silently.
 */
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { Post } from '../../records.js';
import { createDateReader, type DateSettings } from '../../time/read-date.js';
import { emptyTally, type DateTally } from '../../time/tally.js';
import { DEFAULT_LIMITS, type InputLimits } from './limits.js';
import type { FieldMap, Reject } from './map-record.js';
import { openInput, type OpenedInput } from './open-input.js';
import { readCsv } from './read-csv.js';
import { readJsonLineBatches, readJsonLineByteBatches } from './read-jsonl.js';
import { packItems, unpackItems, type PackedItems } from './packed-items.js';
import { readXlsx } from './read-xlsx.js';
import { isReject, toPost, type ItemSource, type RawItem } from './raw-items.js';
import { checkSampledColumns, resolveDates, sampleFirst, type DateResolution } from './preflight.js';
import type { InputFormat } from './sniff.js';

export type { InputFormat };

export type ReadItem = { readonly post: Post; readonly line: number } | { readonly reject: Reject };

export interface ReadOptions {
  readonly format?: InputFormat;
  readonly encoding?: string;
  readonly fields?: FieldMap;
  /** Read for the file name "-" (default: process.stdin). */
  readonly stdin?: Readable;
  /** Read `published_at` (or --date-field) and normalise it in the study's zone; unset: carried as given. */
  readonly dates?: DateSettings;
  /** Where readPosts counts the dates it read and could not read. */
  readonly dateTally?: DateTally;
  /** Bounds on record size, nesting, decompression (default: DEFAULT_LIMITS). */
  readonly limits?: InputLimits;
}

export interface RawInput {
  readonly opened: OpenedInput;
  readonly source: ItemSource;
  /** Raw items in input order, in batches of up to BATCH_SIZE. */
  readonly batches: AsyncGenerator<RawItem[]>;
  /** With `dates`: how they are read (the day/month order settled before anything is classified). */
  readonly dates?: DateResolution;
}

/** Items handed on together (to a worker thread, to the writer). */
export const BATCH_SIZE = 256;

async function* inBatches(items: AsyncIterable<RawItem> | AsyncIterable<RawItem[]>, grouped: boolean): AsyncGenerator<RawItem[]> {
  let batch: RawItem[] = [];
  for await (const got of items) {
    for (const item of grouped ? (got as RawItem[]) : [got as RawItem]) {
      batch.push(item);
      if (batch.length >= BATCH_SIZE) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

function sourceOf(file: string): ItemSource {
  return { file, name: file === '-' ? 'stdin' : basename(file) };
}

/**
 * The first records looked at and put back: mapped columns must exist and some record must have a
 * text (E_INPUT_COLUMNS otherwise), and the day/month order of dates is settled.
 */
async function preflight<T>(file: string, opened: OpenedInput, batches: AsyncGenerator<T>, itemsOf: (batch: T) => readonly RawItem[], options: ReadOptions) {
  const sampled = await sampleFirst(batches, itemsOf);
  const name = file === '-' ? 'stdin' : file;
  checkSampledColumns(sampled.records, options.fields ?? {}, name, options.dates);
  const reread =
    file === '-'
      ? undefined
      : async function* () {
          yield* rawBatches(await openInput(file, { format: opened.format, encoding: opened.encoding }), file, options);
        };
  const dates = options.dates === undefined ? undefined : await resolveDates(sampled.records, options.dates, options.fields ?? {}, { name, reread });
  return { batches: sampled.batches, dates };
}

export async function openRawItems(file: string, options: ReadOptions = {}): Promise<RawInput> {
  const opened = await openInput(file, options);
  const { batches, dates } = await preflight(file, opened, rawBatches(opened, file, options), (batch) => batch, options);
  return { opened, source: sourceOf(file), batches, ...(dates ? { dates } : {}) };
}

/**
 * Batches packed for classifying: UTF-8 JSON Lines as raw bytes (decoded a batch at a time, so a
 * batch's text dies young, even on one thread), anything else as items — for worker threads
 * (`forThreads`) joined into one string each.
 */
export async function openPackedBatches(
  file: string,
  options: ReadOptions = {},
  forThreads = true,
): Promise<{ opened: OpenedInput; source: ItemSource; batches: AsyncGenerator<PackedItems>; dates?: DateResolution }> {
  const opened = await openInput(file, { ...options, utf8Bytes: true });
  const limit = { file, maxBytes: (options.limits ?? DEFAULT_LIMITS).maxRecordBytes };
  async function* packed(): AsyncGenerator<PackedItems> {
    if (opened.utf8Bytes) yield* readJsonLineByteBatches(opened.stream, BATCH_SIZE, forThreads, limit);
    else for await (const batch of rawBatches(opened, file, options)) yield forThreads ? packItems(batch) : { items: batch };
  }
  const { batches, dates } = await preflight(file, opened, packed(), unpackItems, options);
  return { opened, source: sourceOf(file), batches, ...(dates ? { dates } : {}) };
}

function rawBatches(opened: OpenedInput, file: string, options: ReadOptions): AsyncGenerator<RawItem[]> {
  const reopen = file === '-' ? undefined : async () => (await openInput(file, { ...options, format: 'csv', encoding: opened.encoding })).stream;
  const limits = options.limits ?? DEFAULT_LIMITS;
  return opened.format === 'xlsx'
    ? inBatches(readXlsx(opened.stream, file, limits), false)
    : opened.format === 'csv'
      ? inBatches(readCsv(opened.stream, file, reopen, limits), false)
      : inBatches(readJsonLineBatches(opened.stream, { file, maxBytes: limits.maxRecordBytes }), true);
}

export async function* readPosts(file: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const { source, batches, dates } = await openRawItems(file, options);
  const fields = options.fields ?? {};
  const context = dates === undefined ? undefined : { reader: createDateReader(dates.settings), tally: options.dateTally ?? emptyTally() };
  for await (const batch of batches)
    for (const item of batch) {
      if (item.kind === 'reject') {
        yield { reject: item.reject };
        continue;
      }
      const mapped = toPost(item, source, fields, (options.limits ?? DEFAULT_LIMITS).maxJsonDepth, context);
      yield isReject(mapped) ? { reject: mapped } : { post: mapped, line: item.line };
    }
}
