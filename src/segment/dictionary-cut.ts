/**
 * jieba's dictionary segmentation (cppjieba's MPSegment, which `nodejieba.cut` runs without HMM)
 * reproduced over the same dictionary files, so that no post needs a native call. Each stretch
 * between separators takes the most probable path through the dictionary words found in it
 * (weight = log(frequency / total), rounded as the C library rounds it: see exact-log.ts), with
 * cppjieba's own sums and tie rule, so the tokens are jieba's choice for choice (tests/segment
 * checks it on corpora).
 */
import { exactLog } from './exact-log.js';
import type { SegmenterScratch } from './scratch.js';
import { buildCodeTrie, edgeHash, NO_NODE, NO_VALUE, ROOT, stepCodeTrie, type CodeTrie } from '../text/code-trie.js';

export interface WordModel {
  /** Dictionary words; a word's node carries its weight in `nodeWeight`. */
  readonly trie: CodeTrie;
  /** Per trie node, the weight of the word that ends there (NaN where none does): one load on the hot path. */
  readonly nodeWeight: Float64Array;
  /** Weight of a character that is not a dictionary word (the lowest weight of the main dictionary). */
  readonly minWeight: number;
}

/** cppjieba's pre-filter separators: space, tab, line feed, full-width comma and full stop. */
export function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0xff0c || code === 0x3002;
}

/**
 * The model from jieba's main dictionary ("word frequency tag" lines) and user dictionaries
 * ("word [frequency] [tag]"), weighed as cppjieba's DictTrie does: log(frequency / total of the
 * main dictionary); user words without a frequency take the main dictionary's median weight.
 */
export function parseWordModel(main: string, users: readonly string[]): WordModel {
  const words: string[] = [];
  const raw: number[] = [];
  forEachEntry(main, (word, frequency, fields) => {
    if (fields !== 3) return;
    words.push(word);
    raw.push(parseFloat(frequency));
  });
  let total = 0;
  for (const f of raw) total += f;
  const logs = new Map<number, number>();
  const weigh = (frequency: number) => {
    const x = frequency / total;
    let weight = logs.get(x);
    if (weight === undefined) {
      weight = exactLog(x);
      logs.set(x, weight);
    }
    return weight;
  };
  const weights = raw.map(weigh);
  const sorted = Float64Array.from(weights).sort();
  const minWeight = sorted[0] ?? 0;
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  for (const text of users) {
    forEachEntry(text, (word, frequency, fields) => {
      if (word === '' && fields === 1) return;
      words.push(word);
      weights.push(fields === 3 ? weigh(parseInt(frequency, 10)) : median);
    });
  }
  const trie = buildCodeTrie(words);
  const nodeWeight = new Float64Array(trie.value.length).fill(NaN);
  trie.value.forEach((id, node) => {
    if (id !== NO_VALUE) nodeWeight[node] = weights[id]!;
  });
  return { trie, nodeWeight, minWeight };
}

/** The one-character words of a main dictionary whose frequency is at least `threshold`. */
export function frequentCharacters(main: string, threshold: number): string[] {
  const out: string[] = [];
  forEachEntry(main, (word, frequency, fields) => {
    if (fields === 3 && [...word].length === 1 && parseFloat(frequency) >= threshold) out.push(word);
  });
  return out;
}

/**
 * Each line of a dictionary file as jieba reads it ("word frequency tag", space-separated): the
 * word, the second field ('' when there is none) and how many fields the line has (lines with
 * more than three are skipped).
 */
function forEachEntry(text: string, take: (word: string, frequency: string, fields: number) => void): void {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const first = text.indexOf(' ', start);
    const second = first < 0 || first >= end ? -1 : text.indexOf(' ', first + 1);
    if (first < 0 || first >= end) take(text.slice(start, end), '', 1);
    else if (second < 0 || second >= end) take(text.slice(start, first), text.slice(first + 1, end), 2);
    else if (text.indexOf(' ', second + 1) < 0 || text.indexOf(' ', second + 1) >= end) take(text.slice(start, first), text.slice(first + 1, second), 3);
    start = end + 1;
  }
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Pushes the token starts of the most probable path over [from, to) (a stretch without separators). */
export function cutStretch(text: string, from: number, to: number, model: WordModel, scratch: SegmenterScratch, out: number[]): void {
  bestPath(text, from, to, model, scratch);
  const { nextOf } = scratch;
  for (let k = 0, length = to - from; k < length; k = nextOf[k]!) out.push(from + k);
}

/**
 * The most probable path over [from, to), left in the scratch: its tokens start at from + 0,
 * from + nextOf[0], from + nextOf[nextOf[0]] … (valid until the scratch's next cut).
 */
export function bestPath(text: string, from: number, to: number, model: WordModel, scratch: SegmenterScratch): void {
  const size = to - from + 1;
  if (scratch.best.length < size) {
    scratch.best = new Float64Array(size * 2);
    scratch.nextOf = new Int32Array(size * 2);
    scratch.codes = new Uint16Array(size * 2);
  }
  const { best, nextOf, codes } = scratch;
  for (let i = from; i < to; i++) codes[i - from] = text.charCodeAt(i);
  const { trie, nodeWeight, minWeight } = model;
  const { root, slots, mask, filter, filterMask } = trie;
  const length = to - from;
  best[length] = 0;
  for (let k = length - 1; k >= 0; k--) {
    const code = codes[k]!;
    if (k > 0 && isLow(code) && isHigh(codes[k - 1]!)) continue;
    const runeEnd = k + (isHigh(code) && k + 1 < length && isLow(codes[k + 1]!) ? 2 : 1);
    let top = -Infinity;
    let topEnd = runeEnd;
    // Walk the dictionary from k (the step of stepCodeTrie, inlined: this loop is the segmenter's hot path).
    let node = root[code]!;
    for (let end = k + 1; ; ) {
      if (end >= runeEnd) {
        const weight = node === NO_NODE ? NaN : nodeWeight[node]!;
        const isWord = !Number.isNaN(weight);
        if (end === runeEnd || isWord) {
          const val = best[end]! + (isWord ? weight : minWeight);
          // Strictly greater: on a tie the shorter word wins, as in cppjieba's CalcDP.
          if (val > top) {
            top = val;
            topEnd = end;
          }
        }
      }
      if (end >= length || (node === NO_NODE && end >= runeEnd)) break;
      const next = codes[end]!;
      // One hash for both the edge table and the filter.
      const hash = edgeHash(node, next);
      let slot = hash & mask;
      let child = NO_NODE;
      const bit = hash & filterMask;
      const may = node !== NO_NODE && (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
      while (may) {
        const at = slot * 3;
        const parent = slots[at]!;
        if (parent === NO_NODE) break;
        if (parent === node && slots[at + 1] === next) {
          child = slots[at + 2]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
      node = child;
      end++;
    }
    best[k] = top;
    nextOf[k] = topEnd;
  }
}

/** Whether text[from, to) is a word of the dictionary. */
export function isDictionaryWord(text: string, from: number, to: number, model: WordModel): boolean {
  let node = ROOT;
  for (let i = from; i < to && node !== NO_NODE; i++) node = stepCodeTrie(model.trie, node, text.charCodeAt(i));
  if (node === NO_NODE || node === ROOT) return false;
  const weight = model.nodeWeight[node]!;
  return !Number.isNaN(weight);
}

/** Push where each of `tokens` starts, from `from`; they must fill [from, to) exactly. */
export function pushTokenStarts(tokens: readonly string[], from: number, to: number, out: number[]): void {
  let offset = from;
  for (const token of tokens) {
    out.push(offset);
    offset += token.length;
  }
  if (offset !== to) throw new Error(`segmenter lost text: ${offset - from} of ${to - from} code units`);
}

/** Where the tokens of `text` start, as `nodejieba.cut(text)` cuts it. */
export function cutOffsets(text: string, model: WordModel, scratch: SegmenterScratch): number[] {
  const out: number[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparator(text.charCodeAt(i))) continue;
    if (i > from) cutStretch(text, from, i, model, scratch, out);
    if (i < text.length) out.push(i);
    from = i + 1;
  }
  return out;
}

/** The tokens themselves. */
export function cutWithModel(text: string, model: WordModel, scratch: SegmenterScratch): string[] {
  const starts = cutOffsets(text, model, scratch);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}
