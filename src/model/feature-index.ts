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
import { lexiconFeatures, isHanAt, isWordLike } from './features.js';
import type { FeatureConfig } from './schema.js';
import { unitOf, type Unit } from './units.js';

/** An open-addressing table from a pair of 32-bit keys to a feature number. */
interface PairTable {
  readonly mask: number;
  readonly first: Int32Array;
  readonly second: Int32Array;
  /** Feature number + 1; 0: empty slot. */
  readonly value: Int32Array;
}

function slotOf(mask: number, a: number, b: number): number {
  let h = Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) ^ Math.imul(b ^ (b >>> 13), 0x297a2d39);
  h ^= h >>> 16;
  return h & mask;
}

function pairTable(entries: readonly (readonly [number, number, number])[]): PairTable {
  let size = 16;
  while (size < entries.length * 2) size *= 2;
  const table = { mask: size - 1, first: new Int32Array(size), second: new Int32Array(size), value: new Int32Array(size) };
  for (const [a, b, feature] of entries) {
    let s = slotOf(table.mask, a, b);
    while (table.value[s] !== 0 && !(table.first[s] === a && table.second[s] === b)) s = (s + 1) & table.mask;
    table.first[s] = a;
    table.second[s] = b;
    table.value[s] = feature + 1;
  }
  return table;
}

/** The feature number of the pair, or −1. */
function lookUp(table: PairTable, a: number, b: number): number {
  let s = slotOf(table.mask, a, b);
  for (;;) {
    const v = table.value[s]!;
    if (v === 0) return -1;
    if (table.first[s] === a && table.second[s] === b) return v - 1;
    s = (s + 1) & table.mask;
  }
}

export interface FeatureIndex {
  /** Token → its number (every token of a word or word-pair feature). */
  readonly tokens: ReadonlyMap<string, number>;
  /** Token number → its `w:` feature, or −1. */
  readonly words: Int32Array;
  readonly pairs: PairTable;
  /** Han n-grams of 1 to 3 code units: (n · 2¹⁶ + first unit, second · 2¹⁶ + third). */
  readonly grams: PairTable;
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
  const named = new Map<string, number>();
  features.forEach((name, f) => {
    const gram = GRAM.exec(name);
    if (gram !== null && name.length === 3 + Number(gram[1])) {
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
  return { tokens, words: Int32Array.from(wordOf), pairs: pairTable(pairs), grams: pairTable(grams), named };
}

/** Feature occurrences by number: feature, start and end in the normalised text (start −1: the whole text). */
export interface IndexedEntries {
  readonly features: number[];
  readonly starts: number[];
  readonly ends: number[];
}

function addFound(out: IndexedEntries, feature: number, start: number, end: number): void {
  if (feature < 0) return;
  out.features.push(feature);
  out.starts.push(start);
  out.ends.push(end);
}

function wordEntries(index: FeatureIndex, analysis: TextAnalysis, config: FeatureConfig, out: IndexedEntries): void {
  const { tokens, starts } = analysis.segmentation;
  let previous = -1;
  let previousId = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isWordLike(token)) continue;
    const start = starts[i]!;
    const id = index.tokens.get(token) ?? -1;
    if (config.words && id >= 0) addFound(out, index.words[id]!, start, start + token.length);
    if (config.wordBigrams && previous >= 0 && id >= 0 && previousId >= 0)
      addFound(out, lookUp(index.pairs, previousId, id), starts[previous]!, start + token.length);
    previous = i;
    previousId = id;
  }
}

function gramEntries(index: FeatureIndex, text: string, sizes: readonly number[], out: IndexedEntries): void {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = isHanAt(text, i) ? run + 1 : 0;
    for (const n of sizes) {
      if (run < n) continue;
      if (n <= 3) {
        const [a, b] = gramKey(text, i + 1, n);
        addFound(out, lookUp(index.grams, a, b), i + 1 - n, i + 1);
      } else addFound(out, index.named.get(`c${n}:${text.slice(i + 1 - n, i + 1)}`) ?? -1, i + 1 - n, i + 1);
    }
  }
}

/** The features of one text found in the vocabulary, in extractFeatures's order. */
export function indexedFeatures(index: FeatureIndex, analysis: TextAnalysis, config: FeatureConfig, lexicon: CompiledLexicon): IndexedEntries {
  const out: IndexedEntries = { features: [], starts: [], ends: [] };
  if (config.words || config.wordBigrams) wordEntries(index, analysis, config, out);
  if (config.charNgrams.length > 0) gramEntries(index, analysis.normalised.text, config.charNgrams, out);
  if (config.lexicon) {
    const names = lexiconFeatures(analysis, lexicon);
    for (let k = 0; k < names.names.length; k++) addFound(out, index.named.get(names.names[k]!) ?? -1, names.starts[k]!, names.ends[k]!);
  }
  return out;
}

/** The features inside each unit (unitFeatures's sets, by number). */
export function unitFeatureNumbers(entries: IndexedEntries, units: readonly Unit[]): number[][] {
  const out = units.map((): number[] => []);
  for (let k = 0; k < entries.features.length; k++) {
    const u = unitOf(units, entries.starts[k]!, entries.ends[k]!);
    if (u >= 0) out[u]!.push(entries.features[k]!);
  }
  return out;
}
