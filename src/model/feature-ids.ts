/**
 * Feature occurrences of a text as vocabulary indices, for applying a model: the same occurrences
 * extractFeatures names, but Han character n-grams (up to three code units) are looked up by a
 * number made of their code units instead of a built name, which is most of a text's features
 * and was most of the model's time per post. Same indices, so the same vectors and scores.
 */
import type { TextAnalysis } from '../classify.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { extractFeatures, isHan, type FeatureEntries } from './features.js';
import type { FeatureConfig } from './schema.js';
import type { Vocabulary } from './vectorise.js';

/** Occurrences as vocabulary indices (−1: not in the vocabulary) with their spans (start −1: the whole text). */
export interface FeatureIds {
  readonly ids: readonly number[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Character n-grams this short are walked in a trie (df of an n-gram ≤ df of its prefix, so a path stops early). */
const MAX_KEYED = 3;
const PATTERN = /^c([1-3]):/;

/**
 * The vocabulary's Han character n-grams as a trie over code units: node 0 is the root, whose
 * children are looked up in a table by code unit; deeper children in small maps. `ids[node]` is the
 * vocabulary index of the n-gram that ends there, or −1.
 */
export interface CharTrie {
  readonly first: Int32Array;
  readonly ids: readonly number[];
  readonly children: readonly (ReadonlyMap<number, number> | undefined)[];
}

/** Built once per model. */
export function charTrie(vocabulary: Vocabulary): CharTrie {
  const first = new Int32Array(65536).fill(-1);
  const ids: number[] = [-1];
  const children: (Map<number, number> | undefined)[] = [undefined];
  const child = (node: number, code: number): number => {
    let next = node === 0 ? first[code]! : (children[node]?.get(code) ?? -1);
    if (next >= 0) return next;
    next = ids.length;
    ids.push(-1);
    children.push(undefined);
    if (node === 0) first[code] = next;
    else (children[node] ??= new Map()).set(code, next);
    return next;
  };
  vocabulary.features.forEach((f, i) => {
    const m = PATTERN.exec(f);
    if (m === null || f.length - m[0].length !== Number(m[1])) return;
    let node = 0;
    for (let k = m[0].length; k < f.length; k++) node = child(node, f.charCodeAt(k));
    ids[node] = i;
  });
  return { first, ids, children };
}

export function featureIds(analysis: TextAnalysis, config: FeatureConfig, lexicon: CompiledLexicon, vocabulary: Vocabulary, trie: CharTrie): FeatureIds {
  const sizes = new Set(config.charNgrams.filter((n) => n <= MAX_KEYED));
  const rest: FeatureEntries = extractFeatures(analysis, { ...config, charNgrams: config.charNgrams.filter((n) => n > MAX_KEYED) }, lexicon);
  const ids = rest.names.map((f) => vocabulary.index.get(f) ?? -1);
  const starts = [...rest.starts];
  const ends = [...rest.ends];
  const text = analysis.normalised.text;
  const longest = Math.max(0, ...sizes);
  // From each Han character, the n-grams of Han characters that start there (extractFeatures
  // names them by where they end: the same occurrences).
  for (let i = 0; i < text.length; i++) {
    let node = 0;
    for (let n = 1; n <= longest && i + n <= text.length && isHan(text, i + n - 1); n++) {
      const code = text.charCodeAt(i + n - 1);
      node = node === 0 ? trie.first[code]! : (trie.children[node]?.get(code) ?? -1);
      if (node < 0) break;
      if (sizes.has(n)) {
        ids.push(trie.ids[node]!);
        starts.push(i);
        ends.push(i + n);
      }
    }
  }
  return { ids, starts, ends };
}
