/**
 * Scoring one text by feature number in buffers reused from text to text: a scratch per prepared
 * model (so one per thread), never shared between texts in flight. The text's occurrences
 * (feature-index.ts) are deduplicated with a stamp per feature instead of a set, sorted once as
 * numbers, and each sentence's occurrences bucketed by unit the same way. A sentence's logits are
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

export class ScoringScratch {
  readonly occurrences = new Occurrences();
  /** Per feature number: the stamp of the last set it joined. */
  private readonly seen: Int32Array;
  private stamp = 0;
  private distinct = new Int32Array(512);
  private bucket = new Int32Array(512);

  constructor(dimension: number) {
    this.seen = new Int32Array(dimension);
  }

  /** The distinct features of source[from, to), ascending, idf-weighted and L2-normalised (vectorOf's vector). */
  vector(source: Int32Array, from: number, to: number, idf: readonly number[]): SparseVector {
    this.stamp++;
    if (this.stamp === 0x40000000) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    this.distinct = atLeast(this.distinct, to - from);
    const { seen, stamp, distinct } = this;
    let n = 0;
    for (let k = from; k < to; k++) {
      const f = source[k]!;
      if (seen[f] !== stamp) {
        seen[f] = stamp;
        distinct[n++] = f;
      }
    }
    const indices = distinct.slice(0, n).sort();
    let norm = 0;
    for (let k = 0; k < n; k++) norm += idf[indices[k]!]! * idf[indices[k]!]!;
    norm = Math.sqrt(norm) || 1;
    const values = new Float64Array(n);
    for (let k = 0; k < n; k++) values[k] = idf[indices[k]!]! / norm;
    return { indices, values };
  }

  /** The vector of each unit's occurrences (an occurrence across units, or of the whole text, is in none). */
  unitVectors(units: readonly Unit[], idf: readonly number[]): SparseVector[] {
    const { count, feature, start, end } = this.occurrences;
    const offsets = new Int32Array(units.length + 1);
    const unit = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const u = unitOf(units, start[k]!, end[k]!);
      unit[k] = u;
      if (u >= 0) offsets[u + 1]!++;
    }
    for (let u = 0; u < units.length; u++) offsets[u + 1]! += offsets[u]!;
    this.bucket = atLeast(this.bucket, count);
    const bucket = this.bucket;
    const next = offsets.slice(0, units.length);
    for (let k = 0; k < count; k++) if (unit[k]! >= 0) bucket[next[unit[k]!]!++] = feature[k]!;
    return units.map((_, u) => this.vector(bucket, offsets[u]!, offsets[u + 1]!, idf));
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
  for (let u = 0; u < unitVectors.length; u++) {
    const { indices, values } = unitVectors[u]!;
    for (let s = 0; s < S; s++) z[s] = bias[heads[s]!]!;
    for (let k = 0; k < indices.length; k++) {
      const base = indices[k]! * H;
      const v = values[k]!;
      for (let s = 0; s < S; s++) z[s] = z[s]! + weights[base + heads[s]!]! * v;
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
  const found = collectFeatures(prepared.index, analysis, features, classifier.lexicon, scratch.occurrences);
  const vector = scratch.vector(found.feature, 0, found.count, idf);
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
  const z = logits(linear, vector, new Float64Array(linear.heads));
  const probability = z.map(sigmoid);
  const all = features.sentenceKinds.length > 0 ? scoringUnits(analysis.normalised.text) : [];
  const units = all.length < 2 ? [] : all;
  const unitVectors = units.length > 0 ? scratch.unitVectors(units, idf) : [];
  raiseBySentences(linear, prepared.sentence.heads, unitVectors, probability, unit);
  return { vector, units, unitVectors, logits: z, probability, unit };
}
