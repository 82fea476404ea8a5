/**
 * Whole corpora in memory for the tools that need several passes or two classifiers over the same
 * posts (kwic, lint, suggest, diff, sample, train, evaluate). Every one reads through the usual
 * readers — any format, encoding and column mapping — so a dump that `classify` reads, they read.
 * Labelled records (classified output or gold) are checked against a schema as well.
 */
import type { z } from 'zod';
import { YuqingError, type ErrorCode } from '../../errors.js';
import { labelledTextSchema, type LabelledPost } from '../../lexicon-tools/labelled.js';
import type { Post } from '../../records.js';
import type { Reject } from './map-record.js';
import { readPosts, type ReadOptions } from './read-records.js';

export interface CorpusPosts {
  readonly posts: readonly Post[];
  readonly rejected: number;
}

export async function readCorpusPosts(file: string, options: ReadOptions = {}): Promise<CorpusPosts> {
  const posts: Post[] = [];
  let rejected = 0;
  for await (const item of readPosts(file, options)) {
    if ('post' in item) posts.push(item.post);
    else rejected++;
  }
  return { posts, rejected };
}

export interface MappedReading {
  readonly code: ErrorCode;
  /** What each record should be, for messages: "labelled record", … */
  readonly what: string;
  /** Called for a record the reader rejects (no text …); without it, the first one stops the read. */
  readonly onReject?: (reject: Reject) => void;
}

/** Records of a dump, mapped, each checked against `schema`: the first bad one stops with file, line and field. */
export async function* readMappedRecords<S extends z.ZodType>(
  file: string,
  schema: S,
  options: ReadOptions,
  reading: MappedReading,
): AsyncGenerator<{ readonly record: z.output<S>; readonly line: number }> {
  for await (const item of readPosts(file, options)) {
    if ('reject' in item) {
      if (reading.onReject === undefined)
        throw new YuqingError(reading.code, `${item.reject.reason} Expected a ${reading.what} on every line.`, { file, line: item.reject.line });
      reading.onReject(item.reject);
      continue;
    }
    const parsed = schema.safeParse(item.post);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      throw new YuqingError(reading.code, `${file} line ${item.line}: field "${field}": ${issue.message}. Expected a ${reading.what} as io.md describes.`, {
        file,
        line: item.line,
        field,
      });
    }
    yield { record: parsed.data, line: item.line };
  }
}

/** Classified or gold records: each needs `text` and label arrays (io.md). */
export async function readLabelledPosts(file: string, options: ReadOptions = {}): Promise<LabelledPost[]> {
  const out: LabelledPost[] = [];
  const what = 'classified record with its text (yuqing classify output, not --slim) or labelled record';
  for await (const { record } of readMappedRecords(file, labelledTextSchema, options, { code: 'E_CLASSIFIED_PARSE', what })) {
    out.push(record as LabelledPost);
  }
  return out;
}
