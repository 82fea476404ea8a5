/**
 * A dump file → classified JSON Lines (and rejects), streaming, in input order, with counts
 * that add up: read = classified + rejected.
 */
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Classifier, ClassifyOptions } from '../classify.js';
import { classifyPost } from '../classify.js';
import type { Classified } from '../records.js';
import type { Reject } from './map-record.js';
import { readPosts, type ReadOptions } from './read-records.js';

export interface ClassifyCounts {
  read: number;
  classified: number;
  rejected: number;
}

export interface ClassifyFileOptions extends ReadOptions, ClassifyOptions {
  /** Called for every classified record (aggregation rides along without a second pass). */
  readonly onRecord?: (record: Classified) => void;
  readonly onReject?: (reject: Reject) => void;
  readonly onProgress?: (counts: Readonly<ClassifyCounts>) => void;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export async function classifyFile(
  input: string,
  output: Writable,
  rejects: Writable | undefined,
  classifier: Classifier,
  options: ClassifyFileOptions = {},
): Promise<ClassifyCounts> {
  const counts: ClassifyCounts = { read: 0, classified: 0, rejected: 0 };
  for await (const item of readPosts(input, options)) {
    counts.read++;
    if ('reject' in item) {
      counts.rejected++;
      options.onReject?.(item.reject);
      if (rejects) await write(rejects, `${JSON.stringify(item.reject)}\n`);
    } else {
      const record = classifyPost(classifier, item.post, options);
      counts.classified++;
      options.onRecord?.(record);
      await write(output, `${JSON.stringify(record)}\n`);
    }
    if (counts.read % 1000 === 0) options.onProgress?.(counts);
  }
  return counts;
}
