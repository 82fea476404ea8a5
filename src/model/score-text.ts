/**
 * Scoring one text by feature number in buffers reused from text to text: a scratch per prepared
 * model (so one per thread), never shared between texts in flight: the text's occurrences
 * (feature-index.ts) deduplicated and ordered by bitsets (ScoringScratch). A sentence's logits are
 * read from the rows of the full weight table that the whole text's logits have just read, so they
 * are still in cache. The numbers are vectorOf's and logits's, summed in the same order: the same bits.
 */
import type { Classifier, TextAnalysis } from '../classify.js';
import { collectFeatures, Occurrences } from './feature-index.js';
import { logits, sigmoid, type LinearHeads } from './learner.js';
import type { PreparedModel, TextScores } from './predict.js';
import { scoringUnits, unitOf, type Unit } from './units.js';
import type { SparseVector } from './vectorise.js';

function atLeast(buffer: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  return buffer.length >= size ? buffer : new Int32Array(Math.max(size, buffer.length * 2));
}

/** Distinct feature numbers, ascending, weighted by idf and L2-normalised: vectorOf's numbers in vectorOf's order. */
function weighted(indices: Int32Array, idf: readonly number[]): SparseVector {
  const n = indices.length;
  let norm = 0;
  for (let k = 0; k < n; k++) norm += idf[indices[k]!]! * idf[indices[k]!]!;
  norm = Math.sqrt(norm) || 1;
  const values = new Float64Array(n);
  for (let k = 0; k < n; k++) values[k] = idf[indices[k]!]! / norm;
  return { indices, values };
}

/**
 * Features deduplicated and put in order by bitsets instead of sets and sorts: the text's as one
 * bit per feature number, read out (and cleared) word by word; each sentence's as one bit per
 * place among the text's distinct features, read out the same way.
 */
export class ScoringScratch {
  readonly occurrences = new Occurrences();
  /** One bit per feature number: the text's features; all clear between texts. */
  private readonly bits: Int32Array;
  /** One bit per word of `bits`. */
  private readonly summary: Int32Array;
  /** Per feature number: its place among the text's distinct features (valid for those). */
  private readonly place: Int32Array;
  private distinct = new Int32Array(512);
  /** Per unit, one bit per place. */
  private unitBits = new Int32Array(256);

  constructor(dimension: number) {
    this.bits = new Int32Array((dimension >> 5) + 1);
    this.summary = new Int32Array((this.bits.length >> 5) + 1);
    this.place = new Int32Array(dimension);
  }

  /** What touchRows read, kept so that the reads are made. */
  touched = 0;

  /**
   * Read a weight in every cache line of the rows a vector names before its logits are summed: the
   * reads do not wait on one another, so the memory system fetches many rows at once, where the
   * summing loop would wait for them one or two at a time.
   */
  touchRows(linear: LinearHeads, indices: Int32Array): void {
    const H = linear.heads;
    const { weights } = linear;
    const step = weights instanceof Float32Array ? 16 : 8;
    let sum = 0;
    for (let k = 0; k < indices.length; k++) {
      const base = indices[k]! * H;
      for (let h = 0; h < H; h += step) sum += weights[base + h]!;
      sum += weights[base + H - 1]!;
    }
    this.touched = sum;
  }

  /** The vector of the occurrences' distinct features. */
  textVector(idf: readonly number[]): SparseVector {
    const { count, feature } = this.occurrences;
    const { bits, place } = this;
    this.distinct = atLeast(this.distinct, count);
    const distinct = this.distinct;
    // A second level, one bit per word of `bits` that is not zero, so that the read-out skips empty words.
    const { summary } = this;
    for (let k = 0; k < count; k++) {
      const f = feature[k]!;
      const w = f >> 5;
      bits[w] = bits[w]! | (1 << (f & 31));
      summary[w >> 5] = summary[w >> 5]! | (1 << (w & 31));
    }
    let n = 0;
    for (let i = 0; i < summary.length; i++) {
      let words = summary[i]!;
      if (words === 0) continue;
      summary[i] = 0;
      while (words !== 0) {
        const lowWord = words & -words;
        const w = (i << 5) | (31 - Math.clz32(lowWord));
        words ^= lowWord;
        let b = bits[w]!;
        bits[w] = 0;
        while (b !== 0) {
          const low = b & -b;
          const f = (w << 5) | (31 - Math.clz32(low));
          place[f] = n;
          distinct[n++] = f;
          b ^= low;
        }
      }
    }
    return weighted(distinct.slice(0, n), idf);
  }

  /** The vector of each unit's occurrences (an occurrence across units, or of the whole text, is in none), after textVector. */
  unitVectors(units: readonly Unit[], text: SparseVector, idf: readonly number[]): SparseVector[] {
    const { count, feature, start, end } = this.occurrences;
    const { place } = this;
    const words = (text.indices.length + 31) >> 5;
    this.unitBits = atLeast(this.unitBits, units.length * words);
    const bits = this.unitBits;
    bits.fill(0, 0, units.length * words);
    for (let k = 0; k < count; k++) {
      const u = unitOf(units, start[k]!, end[k]!);
      if (u < 0) continue;
      const p = place[feature[k]!]!;
      const w = u * words + (p >> 5);
      bits[w] = bits[w]! | (1 << (p & 31));
    }
    const distinct = this.distinct;
    // Pushed, not mapped: an array map() makes in optimised code is of another kind to V8 than the
    // one it makes before, and raiseBySentences would be compiled again for it.
    const vectors: SparseVector[] = [];
    for (let u = 0; u < units.length; u++) {
      let n = 0;
      for (let w = 0; w < words; w++) {
        let b = bits[u * words + w]!;
        while (b !== 0) {
          const low = b & -b;
          distinct[n++] = text.indices[(w << 5) | (31 - Math.clz32(low))]!;
          b ^= low;
        }
      }
      vectors.push(weighted(distinct.slice(0, n), idf));
    }
    return vectors;
  }
}

/**
 * Raise each sentence head's probability (and its unit) to the best of the sentences':
 * scoreVectors's sentence loop, with the weights read from the full table's rows.
 */
export function raiseBySentences(
  linear: LinearHeads,
  heads: readonly number[],
  unitVectors: readonly SparseVector[],
  probability: Float64Array,
  unit: Int32Array,
): void {
  const H = linear.heads;
  const S = heads.length;
  const { bias, weights } = linear;
  const z = new Float64Array(S);
  // Heads in one run (the viewpoints, as a model lists them): read by offset, not through the list.
  const first = heads.length > 0 && heads.every((h, s) => h === heads[0]! + s) ? heads[0]! : -1;
  for (let u = 0; u < unitVectors.length; u++) {
    const { indices, values } = unitVectors[u]!;
    for (let s = 0; s < S; s++) z[s] = bias[heads[s]!]!;
    for (let k = 0; k < indices.length; k++) {
      const base = indices[k]! * H;
      const v = values[k]!;
      if (first >= 0) for (let s = 0; s < S; s++) z[s] = z[s]! + weights[base + first + s]! * v;
      else for (let s = 0; s < S; s++) z[s] = z[s]! + weights[base + heads[s]!]! * v;
    }
    for (let s = 0; s < S; s++) {
      const h = heads[s]!;
      const p = sigmoid(z[s]!);
      if (p > probability[h]!) {
        probability[h] = p;
        unit[h] = u;
      }
    }
  }
}

/** One head's weights by feature, contiguous (a tenth of a megabyte per 25,000 features in float32). */
export interface HeadColumn {
  readonly head: number;
  readonly weights: Float32Array | Float64Array;
}

export function gateOf(linear: LinearHeads, head: number): HeadColumn {
  const H = linear.heads;
  const features = linear.weights.length / H;
  const weights = linear.weights instanceof Float32Array ? new Float32Array(features) : new Float64Array(features);
  for (let f = 0; f < features; f++) weights[f] = linear.weights[f * H + head]!;
  return { head, weights };
}

/**
 * The model's scores of one text, from the tagger's analysis. `ruledOut` sees the probability of
 * the gate head (PreparedModel.gate) when there is one; when it says the text is ruled out, that
 * head alone is scored: every other head's logit and probability is NaN, and no sentence is scored.
 */
export function scoreAnalysis(
  prepared: PreparedModel,
  classifier: Classifier,
  analysis: TextAnalysis,
  ruledOut?: (probability: number) => boolean,
): TextScores {
  const { features } = prepared.model;
  const { scratch, linear, gate } = prepared;
  const { idf } = prepared.vocabulary;
  collectFeatures(prepared.index, analysis, features, classifier.lexicon, scratch.occurrences);
  const vector = scratch.textVector(idf);
  const unit = new Int32Array(linear.heads).fill(-1);
  if (gate !== undefined && ruledOut !== undefined) {
    // logits's sum for the one head, in the same order: the same number.
    let z = linear.bias[gate.head]!;
    for (let k = 0; k < vector.indices.length; k++) z = z + gate.weights[vector.indices[k]!]! * vector.values[k]!;
    const p = sigmoid(z);
    if (ruledOut(p)) {
      const only = (x: number) => {
        const out = new Float64Array(linear.heads).fill(Number.NaN);
        out[gate.head] = x;
        return out;
      };
      return { vector, units: [], unitVectors: [], logits: only(z), probability: only(p), unit };
    }
  }
  scratch.touchRows(linear, vector.indices);
  const z = logits(linear, vector, new Float64Array(linear.heads));
  const probability = z.map(sigmoid);
  const all = features.sentenceKinds.length > 0 ? scoringUnits(analysis.normalised.text) : [];
  const units = all.length < 2 ? [] : all;
  // Without units there is nothing to raise; raiseBySentences then sees only lists that have some
  // (an empty list is an array of another kind to V8, and a new kind late in a run costs a recompile).
  let unitVectors: SparseVector[] = [];
  if (units.length > 0) {
    unitVectors = scratch.unitVectors(units, vector, idf);
    raiseBySentences(linear, prepared.sentence.heads, unitVectors, probability, unit);
  }
  return { vector, units, unitVectors, logits: z, probability, unit };
}
