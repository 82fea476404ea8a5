/**
 * The vocabulary of a fit (features frequent enough to share between units, not so frequent that
 * they say nothing) and TF-IDF vectors over it: sublinear term frequency × smoothed idf, each unit
 * scaled to unit length, stored sparse (ascending indices).
 */

export interface VocabularyLimits {
  /** A feature must occur in at least this many units of the fit sample … */
  readonly minUnits: number;
  /** … and in at most this share of them. */
  readonly maxShare: number;
  /** At most this many features, the most widespread first. */
  readonly maxSize: number;
}

export interface Vocabulary {
  /** Features in index order (ascending code-unit order, so the order never depends on input order). */
  readonly terms: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
}

export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Units (each a list of features) → the vocabulary. */
export function buildVocabulary(units: readonly (readonly string[])[], limits: VocabularyLimits): Vocabulary {
  const df = new Map<string, number>();
  for (const features of units) for (const f of new Set(features)) df.set(f, (df.get(f) ?? 0) + 1);
  const n = units.length;
  const kept = [...df]
    .filter(([, d]) => d >= limits.minUnits && d <= limits.maxShare * n)
    .sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
    .slice(0, limits.maxSize)
    .map(([term]) => term)
    .sort(byText);
  const idf = Float64Array.from(kept, (term) => Math.log((1 + n) / (1 + df.get(term)!)) + 1);
  return { terms: kept, index: new Map(kept.map((t, i) => [t, i])), idf };
}

/** A unit's features → its TF-IDF vector (length 1; empty when no feature is in the vocabulary). */
export function tfidfVector(features: readonly string[], vocabulary: Vocabulary): SparseVector {
  const counts = new Map<number, number>();
  for (const f of features) {
    const i = vocabulary.index.get(f);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const values = Float64Array.from(indices, (i) => (1 + Math.log(counts.get(i)!)) * vocabulary.idf[i]!);
  let norm = 0;
  for (const v of values) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let j = 0; j < values.length; j++) values[j]! /= norm;
  return { indices, values };
}
