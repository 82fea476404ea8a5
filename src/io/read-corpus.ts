/**
 * Whole corpora in memory for the lexicon tools (kwic, lint, suggest, diff), which need several
 * passes or two classifiers over the same posts. Dumps are read with the usual readers; labelled
 * files (classified output or gold) are JSON Lines checked against the suggest stage's schema.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { YuqingError } from '../errors.js';
import { labelledTextSchema, type LabelledPost } from '../lexicon/labelled.js';
import type { Post } from '../records.js';
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
  if (!existsSync(file)) throw new YuqingError('E_INPUT_NOT_FOUND', `${file}: no such file. Check the path.`, { file });
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const out: LabelledPost[] = [];
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw.replace(/^\uFEFF/, ''));
    } catch {
      throw new YuqingError('E_CLASSIFIED_PARSE', `${file} line ${line}: not valid JSON; expected one classified (or labelled) record per line.`, { file, line });
    }
    const parsed = labelledTextSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      throw new YuqingError(
        'E_CLASSIFIED_PARSE',
        `${file} line ${line}: field "${field}": ${issue.message}. Expected yuqing classify output with its text (not --slim) or a labelled corpus.`,
        { file, line, field },
      );
    }
    out.push({ ...parsed.data, id: parsed.data.id ?? `${file}:${line}` });
  }
  return out;
}
