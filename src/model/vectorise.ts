/**
 * Feature sets → sparse vectors: a vocabulary of features seen in enough training texts, each
 * weighted by its inverse document frequency, idf = 1 + ln(N / (1 + df)), and each vector
 * L2-normalised so that long articles and one-line comments weigh alike.
 */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

export interface Vocabulary {
  readonly features: readonly string[];
  readonly idf: readonly number[];
  readonly index: ReadonlyMap<string, number>;
}

/** Round for storage: 6 decimals keeps the file small and the same bytes for the same training. */
export function roundWeight(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

export function vocabularyFrom(features: readonly string[], idf: readonly number[]): Vocabulary {
  return { features, idf, index: new Map(features.map((f, i) => [f, i])) };
}

export function buildVocabulary(docs: readonly ReadonlySet<string>[], minDocumentFrequency: number): Vocabulary {
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of doc) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df.entries()].filter(([, n]) => n >= minDocumentFrequency).map(([f]) => f).sort();
  const idf = features.map((f) => roundWeight(1 + Math.log(docs.length / (1 + df.get(f)!))));
  return vocabularyFrom(features, idf);
}

export function vectorise(doc: Iterable<string>, vocabulary: Vocabulary): SparseVector {
  const indices: number[] = [];
  for (const f of doc) {
    const i = vocabulary.index.get(f);
    if (i !== undefined) indices.push(i);
  }
  return vectorOfIndices(indices, vocabulary);
}

/** Each feature's vocabulary index, −1 for a feature the vocabulary does not hold. */
export function vocabularyIndices(features: readonly string[], vocabulary: Vocabulary): Int32Array {
  return Int32Array.from(features, (f) => vocabulary.index.get(f) ?? -1);
}

/** The vector of some vocabulary indices (in any order, repeats counted once). */
export function vectorOfIndices(indices: readonly number[], vocabulary: Vocabulary): SparseVector {
  const sorted = Int32Array.from(indices).sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]!;
  const distinct = sorted.slice(0, n);
  let norm = 0;
  for (const i of distinct) norm += vocabulary.idf[i]! * vocabulary.idf[i]!;
  norm = Math.sqrt(norm) || 1;
  return { indices: distinct, values: Float64Array.from(distinct, (i) => vocabulary.idf[i]! / norm) };
}
