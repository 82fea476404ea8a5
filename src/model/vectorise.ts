/**
 * Feature sets → sparse vectors: a vocabulary of features seen in enough training texts, each
 * weighted by its inverse document frequency (natural's TfIdf), each vector L2-normalised so that
 * long articles and one-line comments weigh alike.
 */
import { natural } from './natural-lib.js';
import type { FeatureSpans } from './features.js';

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

export function buildVocabulary(docs: readonly FeatureSpans[], minDocumentFrequency: number): Vocabulary {
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of doc.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df.entries()].filter(([, n]) => n >= minDocumentFrequency).map(([f]) => f).sort();
  const kept = new Set(features);
  const tfidf = new (natural().TfIdf)();
  for (const doc of docs) tfidf.addDocument([...doc.keys()].filter((f) => kept.has(f)));
  return vocabularyFrom(features, features.map((f) => roundWeight(tfidf.idf(f))));
}

export function vectorise(doc: FeatureSpans, vocabulary: Vocabulary): SparseVector {
  const indices: number[] = [];
  for (const f of doc.keys()) {
    const i = vocabulary.index.get(f);
    if (i !== undefined) indices.push(i);
  }
  indices.sort((a, b) => a - b);
  const values = indices.map((i) => vocabulary.idf[i]!);
  const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0)) || 1;
  return { indices: Int32Array.from(indices), values: Float64Array.from(values.map((v) => v / norm)) };
}
