/**
 * Whole corpora in memory for the lexicon tools (kwic, lint, suggest, diff), which need several
 * passes or two classifiers over the same posts. Dumps are read with the usual readers; labelled
 * files (classified output or gold) are JSON Lines checked against the suggest stage's schema.
 */
import { labelledTextSchema, type LabelledPost } from '../lexicon/labelled.js';
import type { Post } from '../records.js';
import { readValidatedLines } from './read-classified.js';
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

/** Classified or gold JSON Lines: each record needs `text` and label arrays (io.md). */
export async function readLabelledPosts(file: string): Promise<LabelledPost[]> {
  const out: LabelledPost[] = [];
  const what = 'classified record with its text (yuqing classify output, not --slim) or labelled record';
  for await (const { record, line } of readValidatedLines(file, labelledTextSchema, 'E_CLASSIFIED_PARSE', what)) {
    out.push({ ...record, id: record.id ?? `${file}:${line}` });
  }
  return out;
}
