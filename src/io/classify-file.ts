/**
 * A dump → classified JSON Lines (and rejects), streaming, in input order, on one thread or
 * several, with counts that add up: read = classified + rejected.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Classifier, ClassifyOptions } from '../classify.js';
import type { Classified } from '../records.js';
import { classifyItem } from './classify-items.js';
import type { FieldMap, Reject } from './map-record.js';
import { openRawItems, type ReadOptions } from './read-records.js';
import type { ItemSource, RawItem } from './raw-items.js';
import { SeenIds } from './seen-ids.js';
import { classifyInWorkers } from './worker-pool.js';
import type { ItemResult } from './worker-protocol.js';

export interface ClassifyCounts {
  read: number;
  classified: number;
  rejected: number;
  /** Records whose id an earlier record already had (kept, reported). */
  duplicateIds: number;
}

export interface ClassifyFileOptions extends ReadOptions, ClassifyOptions {
  /** Worker threads; 1 classifies on the calling thread. */
  readonly workers?: number;
  /** Where worker threads load the lexicon and platform table from (default: bundled). */
  readonly lexiconDir?: string;
  readonly platformsFile?: string;
  /** With tagPost: the model file worker threads load for the same hybrid tagging. */
  readonly modelPath?: string;
  /** Called for every classified record (aggregation rides along without a second pass). */
  readonly onRecord?: (record: Classified) => void;
  readonly onReject?: (reject: Reject) => void;
  /** After every batch; `fraction` of the input's bytes read, when the size is known. */
  readonly onProgress?: (counts: Readonly<ClassifyCounts>, fraction: number | undefined) => void;
  /** Told once, when the content disagrees with the file name. */
  readonly onNotice?: (message: string) => void;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function* inProcess(batches: AsyncIterable<RawItem[]>, classifier: Classifier, source: ItemSource, fields: FieldMap, options: ClassifyOptions) {
  for await (const batch of batches) yield batch.map((item) => classifyItem(item, classifier, source, fields, options));
}

export async function classifyFile(
  input: string,
  output: Writable,
  rejects: Writable | undefined,
  classifier: Classifier,
  options: ClassifyFileOptions = {},
): Promise<ClassifyCounts> {
  const { opened, source, batches } = await openRawItems(input, options);
  if (opened.notice) options.onNotice?.(opened.notice);
  const fields = options.fields ?? {};
  const workers = Math.max(1, options.workers ?? 1);
  const results =
    workers === 1
      ? inProcess(batches, classifier, source, fields, options)
      : classifyInWorkers(batches, workers, { lexiconDir: options.lexiconDir, platformsFile: options.platformsFile, fields, source, slim: Boolean(options.slim), modelPath: options.modelPath });
  const counts: ClassifyCounts = { read: 0, classified: 0, rejected: 0, duplicateIds: 0 };
  const seen = new SeenIds();
  for await (const batch of results) {
    // One write per batch: the lines of a batch are joined, not awaited one by one.
    let lines = '';
    for (const result of batch as ItemResult[]) {
      counts.read++;
      if ('reject' in result) {
        counts.rejected++;
        options.onReject?.(result.reject);
        if (rejects) await write(rejects, `${JSON.stringify(result.reject)}\n`);
        continue;
      }
      counts.classified++;
      if (seen.add(result.id, result.line)) counts.duplicateIds++;
      if (options.onRecord) options.onRecord(JSON.parse(result.out) as Classified);
      lines += `${result.out}\n`;
    }
    if (lines !== '') await write(output, lines);
    options.onProgress?.(counts, opened.totalBytes ? Math.min(1, opened.bytesRead() / opened.totalBytes) : undefined);
  }
  return counts;
}
