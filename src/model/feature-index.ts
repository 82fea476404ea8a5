/**
 * The model's vocabulary indexed for applying it: a text's features found by number, not by name.
 * extractFeatures (features.ts) names every occurrence (`c2:<two characters>`, `w:<word>`, `b:<word>_<word>` …) and the
 * vocabulary looks each name up; at hundreds of names per post, making and hashing those strings
 * cost more than the rest of classifying it. Here a Han n-gram is looked up by its code units, a
 * word by its token, a word pair by the pair of its tokens' numbers, and only the few lexicon and
 * tag features by name. The features found are the ones vectorise would find for the same
 * analysis, so the vectors are the same numbers (a test compares them on the bundled corpus).
 */
import type { TextAnalysis } from '../classify.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { isHanAt } from './features.js';
import { lexiconEntries } from './lexicon-entries.js';
import type { FeatureConfig } from './schema.js';
import { tokenNumberAt, tokenTable, WordLikeCodes, type TokenTable } from './token-table.js';

/**
 * An open-addressing table from a pair of 32-bit keys to a feature number: slot s holds
 * (first, second, feature + 1) at 3s, 3s + 1, 3s + 2, so that a probe reads one cache line.
 */
interface PairTable {
  readonly mask: number;
  /** Feature number + 1 at 3s + 2; 0: empty slot. */
  readonly slots: Int32Array;
}

function slotOf(mask: number, a: number, b: number): number {
  let h = Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) ^ Math.imul(b ^ (b >>> 13), 0x297a2d39);
  h ^= h >>> 16;
  return h & mask;
}

function pairTable(entries: readonly (readonly [number, number, number])[]): PairTable {
  let size = 16;
  while (size < entries.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 3);
  for (const [a, b, feature] of entries) {
    let s = slotOf(mask, a, b);
    while (slots[3 * s + 2] !== 0 && !(slots[3 * s] === a && slots[3 * s + 1] === b)) s = (s + 1) & mask;
    slots[3 * s] = a;
    slots[3 * s + 1] = b;
    slots[3 * s + 2] = feature + 1;
  }
  return { mask, slots };
}

/** The feature number of the pair, or −1. */
function lookUp(table: PairTable, a: number, b: number): number {
  const { mask, slots } = table;
  let s = slotOf(mask, a, b);
  for (;;) {
    const v = slots[3 * s + 2]!;
    if (v === 0) return -1;
    if (slots[3 * s] === a && slots[3 * s + 1] === b) return v - 1;
    s = (s + 1) & mask;
  }
}

export interface FeatureIndex {
  /** Every token of a word or word-pair feature, numbered. */
  readonly tokens: TokenTable;
  /** Token number → its `w:` feature, or −1. */
  readonly words: Int32Array;
  readonly pairs: PairTable;
  /** Han n-grams of 2 and 3 code units: (n · 2¹⁶ + first unit, second · 2¹⁶ + third). */
  readonly grams: PairTable;
  /** Han characters (n-grams of one code unit) by code unit: feature number + 1, or 0. */
  readonly singles: Int32Array;
  /** Every other feature by name (lexicon, tags, longer n-grams). */
  readonly named: ReadonlyMap<string, number>;
}

const GRAM = /^c([123]):/;

function gramKey(text: string, end: number, n: number): [number, number] {
  const at = end - n;
  const c1 = text.charCodeAt(at);
  const c2 = n >= 2 ? text.charCodeAt(at + 1) : 0;
  const c3 = n >= 3 ? text.charCodeAt(at + 2) : 0;
  return [(n << 16) | c1, (c2 << 16) | c3];
}

export function buildFeatureIndex(features: readonly string[]): FeatureIndex {
  const tokens = new Map<string, number>();
  const wordOf: number[] = [];
  const tokenNumber = (token: string): number => {
    let id = tokens.get(token);
    if (id === undefined) {
      id = tokens.size;
      tokens.set(token, id);
      wordOf.push(-1);
    }
    return id;
  };
  const pairs: [number, number, number][] = [];
  const grams: [number, number, number][] = [];
  const singles = new Int32Array(65536);
  const named = new Map<string, number>();
  features.forEach((name, f) => {
    const gram = GRAM.exec(name);
    if (gram !== null && name.length === 4 && gram[1] === '1') {
      singles[name.charCodeAt(3)] = f + 1;
    } else if (gram !== null && name.length === 3 + Number(gram[1])) {
      grams.push([...gramKey(name, name.length, Number(gram[1])), f]);
    } else if (name.startsWith('w:')) {
      wordOf[tokenNumber(name.slice(2))] = f;
    } else if (name.startsWith('b:')) {
      // Tokens may hold "_" themselves: every split is a pair that names this feature.
      for (let at = name.indexOf('_', 3); at > 0 && at < name.length - 1; at = name.indexOf('_', at + 1)) {
        pairs.push([tokenNumber(name.slice(2, at)), tokenNumber(name.slice(at + 1)), f]);
      }
    } else named.set(name, f);
  });
  return { tokens: tokenTable([...tokens.keys()]), words: Int32Array.from(wordOf), pairs: pairTable(pairs), grams: pairTable(grams), singles, named };
}

/** Feature occurrences by number, in buffers reused from text to text: feature, start and end in the normalised text (start −1: the whole text). */
export class Occurrences {
  count = 0;
  feature = new Int32Array(512);
  start = new Int32Array(512);
  end = new Int32Array(512);
  readonly wordLike = new WordLikeCodes();

  add(feature: number, start: number, end: number): void {
    if (feature < 0) return;
    if (this.count === this.feature.length) this.grow();
    this.feature[this.count] = feature;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }

  private grow(): void {
    const size = this.feature.length * 2;
    const larger = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.feature = larger(this.feature);
    this.start = larger(this.start);
    this.end = larger(this.end);
  }
}

function wordEntries(index: FeatureIndex, analysis: TextAnalysis, config: FeatureConfig, out: Occurrences): void {
  const text = analysis.normalised.text;
  const { starts } = analysis.segmentation;
  let previous = -1;
  let previousId = -1;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = starts[i + 1] ?? text.length;
    if (!out.wordLike.test(text, start, end)) continue;
    const id = tokenNumberAt(index.tokens, text, start, end);
    if (config.words && id >= 0) out.add(index.words[id]!, start, end);
    if (config.wordBigrams && previous >= 0 && id >= 0 && previousId >= 0) out.add(lookUp(index.pairs, previousId, id), previous, end);
    previous = start;
    previousId = id;
  }
}

/** Han n-grams looked up by their code units, as gramKey makes the keys of the vocabulary's. */
function gramEntries(index: FeatureIndex, text: string, sizes: readonly number[], out: Occurrences): void {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = isHanAt(text, i) ? run + 1 : 0;
    for (let k = 0; k < sizes.length; k++) {
      const n = sizes[k]!;
      if (run < n) continue;
      const at = i + 1 - n;
      if (n === 1) out.add(index.singles[text.charCodeAt(i)]! - 1, i, i + 1);
      else if (n <= 3) {
        const second = (text.charCodeAt(at + 1) << 16) | (n === 3 ? text.charCodeAt(at + 2) : 0);
        out.add(lookUp(index.grams, (n << 16) | text.charCodeAt(at), second), at, i + 1);
      } else out.add(index.named.get(`c${n}:${text.slice(at, i + 1)}`) ?? -1, at, i + 1);
    }
  }
}

/** The features of one text found in the vocabulary, in extractFeatures's order, written into `out` (emptied first). */
export function collectFeatures(index: FeatureIndex, analysis: TextAnalysis, config: FeatureConfig, lexicon: CompiledLexicon, out: Occurrences): Occurrences {
  out.count = 0;
  if (config.words || config.wordBigrams) wordEntries(index, analysis, config, out);
  if (config.charNgrams.length > 0) gramEntries(index, analysis.normalised.text, config.charNgrams, out);
  if (config.lexicon) lexiconEntries(index.named, analysis, lexicon, out);
  return out;
}

/** Feature occurrences by number: feature, start and end in the normalised text (start −1: the whole text). */
export interface IndexedEntries {
  readonly features: number[];
  readonly starts: number[];
  readonly ends: number[];
}

/** collectFeatures's occurrences as plain arrays. */
export function indexedFeatures(index: FeatureIndex, analysis: TextAnalysis, config: FeatureConfig, lexicon: CompiledLexicon): IndexedEntries {
  const found = collectFeatures(index, analysis, config, lexicon, new Occurrences());
  const list = (a: Int32Array) => Array.from(a.subarray(0, found.count));
  return { features: list(found.feature), starts: list(found.start), ends: list(found.end) };
}
