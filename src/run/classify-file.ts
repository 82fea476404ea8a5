/**
 * A dump → classified JSON Lines (and rejects), streaming, in input order, on one thread or
 * several, with counts that add up: read = classified + rejected.
 */
import type { Writable } from 'node:stream';
import type { ClassifyOptions } from '../classify.js';
import type { Classified } from '../records.js';
import { workerSpec, type LoadedClassifier } from '../classifier/load-classifier.js';
import { batchReading, classifyItems } from '../io/pool/classify-items.js';
import { addWarnings, type FieldWarnings } from '../io/read/field-warnings.js';
import { DEFAULT_LIMITS } from '../io/read/limits.js';
import { drained } from '../io/write/output-failure.js';
import type { FieldMap, Reject } from '../io/read/map-record.js';
import { openPackedBatches, type ReadOptions } from '../io/read/read-records.js';
import type { ItemSource } from '../io/read/raw-items.js';
import { SeenIds } from '../io/read/seen-ids.js';
import { createDateReader, type DateReader } from '../time/read-date.js';
import { addTally, emptyTally, type DateTally } from '../time/tally.js';
import type { DateResolution } from '../io/read/preflight.js';
import { createSegmenter } from '../segment/jieba.js';
import { sharedSegmenterModel } from '../io/pool/shared-model.js';
import { classifyInWorkers } from '../io/pool/worker-pool.js';
import { unpackItems, type PackedItems } from '../io/read/packed-items.js';
import type { BatchOutcome } from '../io/pool/worker-protocol.js';

export interface ClassifyCounts {
  read: number;
  classified: number;
  rejected: number;
  /** Records whose id an earlier record already had (kept, reported). */
  duplicateIds: number;
  /** With `dates`: the dates read, missing and unreadable (with examples). */
  readonly dates: DateTally;
  /** Values yuqing does not know (kept, counted). */
  warnings?: FieldWarnings;
}

export interface ClassifyFileOptions extends ReadOptions, ClassifyOptions {
  /** Worker threads; 1 classifies on the calling thread. */
  readonly workers?: number;
  /** Called for every classified record (aggregation rides along without a second pass). */
  readonly onRecord?: (record: Classified) => void;
  readonly onReject?: (reject: Reject) => void;
  /** After every batch; `fraction` of the input's bytes read, when the size is known. */
  readonly onProgress?: (counts: Readonly<ClassifyCounts>, fraction: number | undefined) => void;
  /** Told once, when the content disagrees with the file name. */
  readonly onNotice?: (message: string) => void;
  /** Told once, before anything is classified: how dates will be read. */
  readonly onDates?: (dates: DateResolution) => void;
}

async function write(out: Writable, text: string | Uint8Array): Promise<void> {
  // A stream that failed (no space left, reader gone) stops the run: it will never drain.
  if (out.errored) throw out.errored;
  if (!out.write(text)) await drained(out);
}

/** What a dump is tagged with: the classifier, its model if any, and the spec worker threads load it from. */
export type FileTagging = Pick<LoadedClassifier, 'spec' | 'classifier' | 'model'>;

async function* inProcess(
  batches: AsyncIterable<PackedItems>,
  tagging: FileTagging,
  source: ItemSource,
  fields: FieldMap,
  options: ClassifyFileOptions,
  dates?: DateReader,
) {
  const reading = batchReading({
    source,
    fields,
    options,
    maxJsonDepth: (options.limits ?? DEFAULT_LIMITS).maxJsonDepth,
    dateReader: dates,
    keepRecords: options.onRecord !== undefined,
  });
  for await (const batch of batches) yield classifyItems(unpackItems(batch), tagging, reading);
}

/** This thread and workers − 1 worker threads, sharing one copy of the segmenter's dictionary. */
function inThreads(
  batches: AsyncIterable<PackedItems>,
  workers: number,
  tagging: FileTagging,
  source: ItemSource,
  options: ClassifyFileOptions,
  dates?: DateResolution,
) {
  const fields = options.fields ?? {};
  const { classifier } = tagging;
  const segmenterModel = sharedSegmenterModel(classifier.segmenter.model);
  // This thread cuts with the shared copy too: one copy in the processor's caches.
  const here = { ...tagging, classifier: { ...classifier, segmenter: createSegmenter(classifier.segmenter.key, segmenterModel) } };
  const init = {
    // The model already chosen (a file or none): the threads cannot choose otherwise.
    spec: workerSpec(tagging.spec, tagging),
    fields,
    source,
    slim: Boolean(options.slim),
    segmenter: { key: classifier.segmenter.key, model: segmenterModel },
    maxJsonDepth: (options.limits ?? DEFAULT_LIMITS).maxJsonDepth,
    ...(dates ? { dates: dates.settings } : {}),
  };
  const reader = dates === undefined ? undefined : createDateReader(dates.settings);
  const reading = batchReading({ source, fields, options, maxJsonDepth: init.maxJsonDepth, dateReader: reader, keepRecords: options.onRecord !== undefined });
  return classifyInWorkers(batches, workers - 1, init, (batch) => classifyItems(unpackItems(batch), here, reading));
}

/** A batch's records: as classified on this thread, or read back from the lines a worker thread sent. */
function recordsOf(batch: BatchOutcome): readonly Classified[] {
  if (batch.records) return batch.records;
  const text = Buffer.from(batch.out.buffer, batch.out.byteOffset, batch.out.length).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Classified);
}

export async function classifyFile(
  input: string,
  output: Writable,
  rejects: Writable | undefined,
  tagging: FileTagging,
  options: ClassifyFileOptions = {},
): Promise<ClassifyCounts> {
  const fields = options.fields ?? {};
  const workers = Math.max(1, options.workers ?? 1);
  const { opened, source, batches, dates } = await openPackedBatches(input, options, workers > 1);
  if (opened.notice) options.onNotice?.(opened.notice);
  if (dates) options.onDates?.(dates);
  const results =
    workers === 1
      ? inProcess(batches, tagging, source, fields, options, dates === undefined ? undefined : createDateReader(dates.settings))
      : inThreads(batches, workers, tagging, source, options, dates);
  const counts: ClassifyCounts = { read: 0, classified: 0, rejected: 0, duplicateIds: 0, dates: emptyTally(), warnings: {} };
  const seen = new SeenIds();
  for await (const batch of results) {
    counts.read += batch.ids.length + batch.rejects.length;
    counts.classified += batch.ids.length;
    counts.rejected += batch.rejects.length;
    addTally(counts.dates, batch.dates);
    counts.warnings = addWarnings(counts.warnings ?? {}, batch.warnings);
    for (const reject of batch.rejects) {
      options.onReject?.(reject);
      if (rejects) await write(rejects, `${JSON.stringify(reject)}\n`);
    }
    batch.ids.forEach((id, i) => {
      if (seen.add(id, batch.lines[i]!)) counts.duplicateIds++;
    });
    const onRecord = options.onRecord;
    if (onRecord) for (const record of recordsOf(batch)) onRecord(record);
    // One write per batch: its lines come joined.
    if (batch.out.length > 0) await write(output, batch.out);
    options.onProgress?.(counts, opened.totalBytes ? Math.min(1, opened.bytesRead() / opened.totalBytes) : undefined);
  }
  return counts;
}
