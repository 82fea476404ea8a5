/** Raw items → output lines or rejects: the work one thread (main or worker) does per batch. */
import type { ClassifyOptions } from '../../classify.js';
import type { Classified } from '../../records.js';
import { tagPost, type Tagging } from '../../classifier/tag-post.js';
import { LineBytes } from '../write/encode-lines.js';
import type { DateReader } from '../../time/read-date.js';
import { emptyTally } from '../../time/tally.js';
import { warningCounter } from '../read/field-warnings.js';
import { DEFAULT_LIMITS } from '../read/limits.js';
import type { FieldMap, Reject } from '../read/map-record.js';
import { isReject, toPost, type ItemSource, type RawItem } from '../read/raw-items.js';
import type { BatchOutcome } from './worker-protocol.js';

/** How one thread reads and writes its batches: the same for every batch it classifies. */
export interface BatchReading {
  readonly source: ItemSource;
  readonly fields: FieldMap;
  readonly options: ClassifyOptions;
  readonly maxJsonDepth?: number;
  readonly dateReader?: DateReader | undefined;
  /** Also return the records themselves (a thread that counts them as they come). */
  readonly keepRecords?: boolean;
  /** The thread's output scratch, reused batch after batch (batches run one at a time). */
  readonly out: LineBytes;
}

/** A thread's reading of its batches, with an output scratch of its own. */
export function batchReading(reading: Omit<BatchReading, 'out'>): BatchReading {
  return { ...reading, out: new LineBytes() };
}

export function classifyItems(items: readonly RawItem[], tagging: Tagging, reading: BatchReading): BatchOutcome {
  const { source, fields, options, dateReader, out } = reading;
  const maxJsonDepth = reading.maxJsonDepth ?? DEFAULT_LIMITS.maxJsonDepth;
  out.reset();
  const warnings = warningCounter(tagging.classifier.platforms);
  const ids: string[] = [];
  const lines: number[] = [];
  const rejects: Reject[] = [];
  const records: Classified[] | undefined = reading.keepRecords ? [] : undefined;
  const dates = emptyTally();
  const context = dateReader === undefined ? undefined : { reader: dateReader, tally: dates };
  for (const item of items) {
    if (item.kind === 'reject') {
      rejects.push(item.reject);
      continue;
    }
    const post = toPost(item, source, fields, maxJsonDepth, context);
    if (isReject(post)) {
      rejects.push(post);
      continue;
    }
    const record = tagPost(tagging, post, options);
    out.push(JSON.stringify(record));
    records?.push(record);
    warnings.note(post, item.line);
    ids.push(post.id);
    lines.push(item.line);
  }
  return { out: out.take(), ids, lines, rejects, warnings: warnings.result(), dates, ...(records ? { records } : {}) };
}
