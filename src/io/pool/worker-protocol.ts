/**
 * Messages between the classify pool and its worker threads, and the batch shapes both sides
 * share. Batches travel packed — UTF-8 JSON Lines as their bytes (other JSON lines joined into one
 * string), the results as one block of output bytes — because moving one buffer between threads
 * costs far less than copying hundreds of small objects.
 */
import type { ClassifierSpec } from '../../classifier/classifier-spec.js';
import type { Classified } from '../../records.js';
import type { SegmenterModel } from '../../segment/tokens.js';
import type { DateSettings } from '../../time/read-date.js';
import type { DateTally } from '../../time/tally.js';
import type { FieldWarnings } from '../read/field-warnings.js';
import type { FieldMap, Reject } from '../read/map-record.js';
import type { ItemSource } from '../read/raw-items.js';
import type { PackedItems } from '../read/packed-items.js';

export interface WorkerInit {
  /** The classifier to load: the main thread's spec, its model already chosen (a file, or none). */
  readonly spec: ClassifierSpec;
  readonly fields: FieldMap;
  readonly source: ItemSource;
  readonly slim: boolean;
  /** The segmenter's key and model, its big tables in shared memory (src/io/pool/shared-model.ts). */
  readonly segmenter: { readonly key: string; readonly model: SegmenterModel };
  /** How dates are read (the order already settled by the main thread). */
  readonly dates?: DateSettings;
  /** --max-json-depth. */
  readonly maxJsonDepth: number;
}

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
  /** The classified records themselves, when asked for on this thread (they never cross threads: the lines do). */
  readonly records?: readonly Classified[];
}

export interface BatchReply {
  readonly seq: number;
  readonly outcome: BatchOutcome;
}
