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
  const features = [...df.entries()]
    .filter(([, n]) => n >= minDocumentFrequency)
    .map(([f]) => f)
    .sort();
  const idf = features.map((f) => roundWeight(1 + Math.log(docs.length / (1 + df.get(f)!))));
  return vocabularyFrom(features, idf);
}

export function vectorise(doc: Iterable<string>, vocabulary: Vocabulary): SparseVector {
  const indices: number[] = [];
  for (const f of doc) {
    const i = vocabulary.index.get(f);
    if (i !== undefined) indices.push(i);
  }
  indices.sort((a, b) => a - b);
  let norm = 0;
  for (const i of indices) norm += vocabulary.idf[i]! * vocabulary.idf[i]!;
  norm = Math.sqrt(norm) || 1;
  return { indices: Int32Array.from(indices), values: Float64Array.from(indices, (i) => vocabulary.idf[i]! / norm) };
}

/** Sort a[from, to) ascending: insertion for short ranges, else quicksort around a median of three (a post has a few hundred features). */
function sortNumbers(a: Int32Array, from: number, to: number): void {
  while (to - from > 24) {
    const mid = (from + to) >> 1;
    const x = a[from]!;
    const y = a[mid]!;
    const z = a[to - 1]!;
    // biome-ignore lint/complexity/useMathMinMax: median of three by comparisons alone, as the partition loop compares.
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = from;
    let j = to - 1;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // Recurse into the smaller side, loop on the larger.
    if (j - from < to - i) {
      sortNumbers(a, from, j + 1);
      from = i;
    } else {
      sortNumbers(a, i, to);
      to = j + 1;
    }
  }
  for (let i = from + 1; i < to; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= from && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/** Distinct feature numbers, ascending, weighted by idf and L2-normalised: vectorise's vector. */
export function vectorOf(features: ArrayLike<number>, vocabulary: Pick<Vocabulary, 'idf'>): SparseVector {
  const sorted = new Int32Array(features.length);
  for (let k = 0; k < features.length; k++) sorted[k] = features[k]!;
  sortNumbers(sorted, 0, sorted.length);
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]!;
  const indices = sorted.slice(0, n);
  const { idf } = vocabulary;
  let norm = 0;
  for (let k = 0; k < n; k++) norm += idf[indices[k]!]! * idf[indices[k]!]!;
  norm = Math.sqrt(norm) || 1;
  const values = new Float64Array(n);
  for (let k = 0; k < n; k++) values[k] = idf[indices[k]!]! / norm;
  return { indices, values };
}
