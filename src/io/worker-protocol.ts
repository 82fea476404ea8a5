/**
 * Messages between the classify pool and its worker threads, and the batch shapes both sides
 * share. Batches travel packed — UTF-8 JSON Lines as their bytes (other JSON lines joined into one
 * string), the results as one block of output bytes — because moving one buffer between threads
 * costs far less than copying hundreds of small objects.
 */
import type { ClassifierSpec } from '../run/classifier-spec.js';
import type { SegmenterModel } from '../segment/tokens.js';
import type { DateSettings } from '../time/read-date.js';
import type { DateTally } from '../time/tally.js';
import type { FieldWarnings } from './field-warnings.js';
import type { FieldMap, Reject } from './map-record.js';
import type { ItemSource, RawItem } from './raw-items.js';
import { jsonLinesOfBytes, type ByteBatch } from './read-jsonl.js';

export interface WorkerInit {
  /** The classifier to load: the main thread's spec, its model already chosen (a file, or none). */
  readonly spec: ClassifierSpec;
  readonly fields: FieldMap;
  readonly source: ItemSource;
  readonly slim: boolean;
  /** The segmenter's key and model, its big tables in shared memory (src/io/shared-model.ts). */
  readonly segmenter: { readonly key: string; readonly model: SegmenterModel };
  /** How dates are read (the order already settled by the main thread). */
  readonly dates?: DateSettings;
  /** --max-json-depth. */
  readonly maxJsonDepth: number;
}

/**
 * A batch of raw items: UTF-8 JSON Lines as their bytes, other JSON lines joined, anything else
 * (CSV and Excel rows, rejects) as items.
 */
export type PackedItems = ByteBatch | { readonly json: string; readonly lines: readonly number[] } | { readonly items: readonly RawItem[] };

export interface BatchRequest {
  readonly seq: number;
  readonly batch: PackedItems;
}

/**
 * What a batch gives: its output lines as UTF-8 bytes (each line ending in a line feed), the ids
 * and source lines behind them, its rejects.
 */
export interface BatchOutcome {
  readonly out: Uint8Array;
  readonly ids: readonly string[];
  readonly lines: readonly number[];
  readonly rejects: readonly Reject[];
  /** The batch's dates: read, missing, unreadable (with examples). */
  readonly dates: DateTally;
  /** Values yuqing does not know, counted (field-warnings.ts). */
  readonly warnings?: FieldWarnings;
}

export interface BatchReply {
  readonly seq: number;
  readonly outcome: BatchOutcome;
}

export function packItems(items: readonly RawItem[]): PackedItems {
  if (!items.every((item) => item.kind === 'json')) return { items };
  const json = items as readonly Extract<RawItem, { kind: 'json' }>[];
  // A JSON line holds no line break (the reader split on them), so "\n" joins and splits it back exactly.
  return { json: json.map((item) => item.text).join('\n'), lines: json.map((item) => item.line) };
}

export function unpackItems(batch: PackedItems): readonly RawItem[] {
  if ('bytes' in batch) return jsonLinesOfBytes(batch);
  if ('items' in batch) return batch.items;
  const texts = batch.json.split('\n');
  return batch.lines.map((line, i) => ({ kind: 'json', line, text: texts[i]! }));
}
