/**
 * A run of Han characters cut as `jieba.cut(HMM=True)` cuts it: the most probable path through the
 * dictionary (dictionary-cut.ts), then every stretch of two or more characters that the dictionary
 * left single — unless that stretch is itself a dictionary word — re-cut by the HMM (hmm.ts). A
 * character the HMM does not know, or one the caller keeps single (a one-character lexicon term,
 * as cppjieba keeps a user dictionary's single characters), ends a stretch and stays a word alone.
 */
import { cutStretch, isDictionaryWord, type WordModel } from './dictionary-cut.js';
import { hmmCut, hmmKnows, type HmmModel } from './hmm.js';
import type { SegmenterScratch } from './scratch.js';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Pushes the token starts of text[from, to), a run of Han characters. */
export function cutHanRun(text: string, from: number, to: number, words: WordModel, hmm: HmmModel | null, scratch: SegmenterScratch, out: number[]): void {
  if (hmm === null) {
    cutStretch(text, from, to, words, scratch, out);
    return;
  }
  const { path } = scratch;
  path.length = 0;
  cutStretch(text, from, to, words, scratch, path);
  const count = path.length;
  for (let k = 0; k < count; ) {
    if (!isSingle(text, path, k, to)) {
      out.push(path[k]!);
      k++;
      continue;
    }
    let last = k;
    while (last + 1 < count && isSingle(text, path, last + 1, to)) last++;
    const start = path[k]!;
    const end = last + 1 < count ? path[last + 1]! : to;
    if (last === k || isDictionaryWord(text, start, end, words)) {
      for (let j = k; j <= last; j++) out.push(path[j]!);
    } else {
      cutUnknown(text, start, end, hmm, scratch, out);
    }
    k = last + 1;
  }
}

/** Whether the k-th token of the dictionary's cut (which ends at `to`) is one character. */
function isSingle(text: string, path: readonly number[], k: number, to: number): boolean {
  const start = path[k]!;
  const length = (k + 1 < path.length ? path[k + 1]! : to) - start;
  return length === 1 || (length === 2 && isHigh(text.charCodeAt(start)));
}

/** The HMM over each stretch of characters it knows; the others stay single. */
function cutUnknown(text: string, from: number, to: number, hmm: HmmModel, scratch: SegmenterScratch, out: number[]): void {
  let begin = from;
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    const width = isHigh(code) && i + 1 < to ? 2 : 1;
    if (width === 1 && hmmKnows(hmm, code)) {
      i++;
      continue;
    }
    hmmCut(text, begin, i, hmm, scratch, out);
    out.push(i);
    i += width;
    begin = i;
  }
  hmmCut(text, begin, to, hmm, scratch, out);
}
