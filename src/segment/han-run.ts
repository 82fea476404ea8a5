/**
 * A run of Han characters cut as `jieba.cut(HMM=True)` cuts it: the most probable path through the
 * dictionary (dictionary-cut.ts), then every stretch of two or more characters that the dictionary
 * left single — unless that stretch is itself a dictionary word — re-cut by the HMM (hmm.ts). A
 * character the HMM does not know, or one the caller keeps single (a one-character lexicon term,
 * as cppjieba keeps a user dictionary's single characters), ends a stretch and stays a word alone.
 */
import { bestPath, cutStretch, isDictionaryWord, type WordModel } from './dictionary-cut.js';
import { hmmCut, hmmKnows, type HmmModel } from './hmm.js';
import type { SegmenterScratch } from './scratch.js';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Pushes the token starts of text[from, to), a run of Han characters. */
export function cutHanRun(text: string, from: number, to: number, words: WordModel, hmm: HmmModel | null, scratch: SegmenterScratch, out: number[]): void {
  if (hmm === null) {
    cutStretch(text, from, to, words, scratch, out);
    return;
  }
  // The dictionary's path, read in place: token k of the run spans [k, nextOf[k]) from `from`.
  bestPath(text, from, to, words, scratch);
  const { nextOf } = scratch;
  const length = to - from;
  for (let k = 0; k < length; ) {
    if (!isSingle(text, from, k, nextOf[k]!)) {
      out.push(from + k);
      k = nextOf[k]!;
      continue;
    }
    // A stretch of single characters: [k, end), whose last token starts at `last`.
    let last = k;
    let end = nextOf[k]!;
    while (end < length && isSingle(text, from, end, nextOf[end]!)) {
      last = end;
      end = nextOf[end]!;
    }
    if (last === k || isDictionaryWord(text, from + k, from + end, words)) {
      for (let j = k; j < end; j = nextOf[j]!) out.push(from + j);
    } else {
      cutUnknown(text, from + k, from + end, hmm, scratch, out);
    }
    k = end;
  }
}

/** Whether the token [k, next) of a run starting at `from` is one character. */
function isSingle(text: string, from: number, k: number, next: number): boolean {
  const length = next - k;
  return length === 1 || (length === 2 && isHigh(text.charCodeAt(from + k)));
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
