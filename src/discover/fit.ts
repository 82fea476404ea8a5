/**
 * Fitting themes to a sample of units, and choosing their number. `--auto` takes the number of
 * themes whose top terms are the most stable across seeds (Greene, O'Callaghan & Cunningham 2014,
 * "How many topics? Stability analysis for topic models"): for each candidate k, fits on seeded
 * 80% subsamples are compared with the fit on the whole sample, theme by theme (matched one to one,
 * greedily by overlap), by the Jaccard overlap of their top terms; the k with the highest mean
 * overlap wins, the smaller k on a tie.
 */
import { seededRandom } from '../aggregate/random.js';
import { fitNmf, type ThemeModel } from './nmf.js';
import { buildVocabulary, tfidfVector, type SparseVector, type Vocabulary, type VocabularyLimits } from './vectors.js';

export interface Fit {
  readonly vocabulary: Vocabulary;
  /** The first `known.length` themes are fixed, one per known label (in this order); the rest are free. */
  readonly model: ThemeModel;
  readonly known: readonly string[];
}

/** A label the lexicon already tags, with the features of the units of (a sample of) its posts. */
export interface KnownUnits {
  readonly label: string;
  readonly units: readonly (readonly string[])[];
}

export interface AutoChoice {
  readonly k: number;
  /** Mean top-term Jaccard overlap across seeds, for every candidate k. */
  readonly stability: readonly { readonly k: number; readonly stability: number }[];
}

/** Themes' top terms compared for stability. */
const STABILITY_TERMS = 10;
/** Subsample fits compared with the whole-sample fit for each k. */
const STABILITY_RUNS = 3;
const SUBSAMPLE = 0.8;
/** Stability is measured on at most this many units (seeded draw): enough to rank k, and fast. */
const STABILITY_UNITS = 4000;

export function vocabularyLimits(units: number): VocabularyLimits {
  return { minUnits: Math.max(2, Math.ceil(units * 0.001)), maxShare: 0.25, maxSize: 5000 };
}

/**
 * The fixed themes: for each known label whose units share words with the vocabulary, the mean of
 * its units' TF-IDF vectors, scaled to length 1 (the centroid of what the lexicon already tags).
 */
export function knownRows(known: readonly KnownUnits[], vocabulary: Vocabulary): { labels: string[]; rows: Float64Array } {
  const size = vocabulary.terms.length;
  const labels: string[] = [];
  const rows: number[] = [];
  for (const { label, units } of known) {
    const row = new Float64Array(size);
    for (const u of units) {
      const x = tfidfVector(u, vocabulary);
      for (let j = 0; j < x.indices.length; j++) row[x.indices[j]!]! += x.values[j]!;
    }
    let norm = 0;
    for (const v of row) norm += v * v;
    if (norm <= 0) continue;
    labels.push(label);
    for (const v of row) rows.push(v / Math.sqrt(norm));
  }
  return { labels, rows: Float64Array.from(rows) };
}

/** γ of sharedDown: 0.5 measured best of 0.3, 0.5 and 1 on the rediscovery test (README). */
const SHARED_DOWN = 0.5;

/**
 * The vocabulary with the words shared across known viewpoints weighed down: each feature's idf
 * divided by (the effective number of known themes it weighs in, their inverse Simpson index)^γ, so
 * a topic's subject words, spread over its known viewpoints, count less than the words of one view.
 */
export function sharedDown(vocabulary: Vocabulary, rows: Float64Array, gamma: number): Vocabulary {
  const size = vocabulary.terms.length;
  const n = rows.length / size;
  if (n === 0 || gamma === 0) return vocabulary;
  const idf = Float64Array.from(vocabulary.idf, (v, j) => {
    let sum = 0;
    let squares = 0;
    for (let t = 0; t < n; t++) {
      const c = rows[t * size + j]!;
      sum += c;
      squares += c * c;
    }
    return squares > 0 ? v / ((sum * sum) / squares) ** gamma : v;
  });
  return { ...vocabulary, idf };
}

/** The fit's vocabulary (shared words weighed down when guided) and the fixed themes over it. */
function guidedVocabulary(
  units: readonly (readonly string[])[],
  known: readonly KnownUnits[],
): { vocabulary: Vocabulary; fixed: { labels: string[]; rows: Float64Array } } {
  const plain = buildVocabulary(units, vocabularyLimits(units.length));
  const vocabulary = sharedDown(plain, knownRows(known, plain).rows, SHARED_DOWN);
  return { vocabulary, fixed: knownRows(known, vocabulary) };
}

export function fitThemes(units: readonly (readonly string[])[], k: number, seed: number, known: readonly KnownUnits[] = []): Fit {
  const { vocabulary, fixed } = guidedVocabulary(units, known);
  const xs = units.map((u) => tfidfVector(u, vocabulary)).filter((x) => x.indices.length > 0);
  if (xs.length === 0) return { vocabulary, known: [], model: { k: 0, size: vocabulary.terms.length, h: new Float64Array(0), gram: new Float64Array(0) } };
  const model = fitNmf(xs, k, vocabulary.terms.length, seededRandom(seed, `discover fit k=${k}`), undefined, fixed.rows);
  return { vocabulary, model, known: fixed.labels };
}

/** Indices of the `top` heaviest terms of each theme (from theme `from`: the free ones). */
export function topTerms(model: ThemeModel, top: number, from = 0): number[][] {
  const out: number[][] = [];
  for (let t = from; t < model.k; t++) {
    const row = model.h.subarray(t * model.size, (t + 1) * model.size);
    const order = [...row.keys()].filter((j) => row[j]! > 0).sort((a, b) => row[b]! - row[a]! || a - b);
    out.push(order.slice(0, top));
  }
  return out;
}

function jaccard(a: readonly number[], b: readonly number[]): number {
  const set = new Set(a);
  let both = 0;
  for (const x of b) if (set.has(x)) both++;
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}

/** Mean overlap of two fits' themes, matched one to one greedily by overlap. */
export function agreement(a: readonly number[][], b: readonly number[][]): number {
  const pairs: { i: number; j: number; score: number }[] = [];
  a.forEach((x, i) => {
    b.forEach((y, j) => {
      pairs.push({ i, j, score: jaccard(x, y) });
    });
  });
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let total = 0;
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    total += p.score;
  }
  return total / Math.max(a.length, b.length, 1);
}

function subsample(xs: readonly SparseVector[], seed: number, run: number): SparseVector[] {
  const random = seededRandom(seed, `discover subsample ${run}`);
  return xs.filter(() => random.uniform() < SUBSAMPLE);
}

/** The number of themes, among `candidates`, whose top terms are the most stable across seeds. */
export function chooseK(units: readonly (readonly string[])[], candidates: readonly number[], seed: number, known: readonly KnownUnits[] = []): AutoChoice {
  const { vocabulary, fixed } = guidedVocabulary(units, known);
  const from = fixed.labels.length;
  const all = units.map((u) => tfidfVector(u, vocabulary)).filter((x) => x.indices.length > 0);
  const random = seededRandom(seed, 'discover stability units');
  const xs = all.length <= STABILITY_UNITS ? all : all.filter(() => random.uniform() < STABILITY_UNITS / all.length);
  const size = vocabulary.terms.length;
  const stability = candidates.map((k) => {
    const reference = topTerms(fitNmf(xs, k, size, seededRandom(seed, `discover fit k=${k}`), undefined, fixed.rows), STABILITY_TERMS, from);
    let sum = 0;
    for (let run = 1; run <= STABILITY_RUNS; run++) {
      const other = fitNmf(subsample(xs, seed, run), k, size, seededRandom(seed + run, `discover fit k=${k}`), undefined, fixed.rows);
      sum += agreement(reference, topTerms(other, STABILITY_TERMS, from));
    }
    return { k, stability: sum / STABILITY_RUNS };
  });
  let best = stability[0]!;
  for (const s of stability) if (s.stability > best.stability + 1e-12) best = s;
  return { k: best.k, stability };
}
