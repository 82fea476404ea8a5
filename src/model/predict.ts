/**
 * Applying a model to one text's features: each head's class probabilities, and the features that
 * pushed a class up the most (with their spans, for evidence).
 */
import type { FeatureSpans, Span } from './features.js';
import type { Head, Model } from './schema.js';
import { vectorise, vocabularyFrom, type SparseVector, type Vocabulary } from './vectorise.js';

/** A head's place among all heads' class rows. */
export interface PreparedHead {
  readonly name: string;
  readonly classes: readonly string[];
  /** Its first row in `PreparedModel.weights`. */
  readonly row: number;
}

export interface PreparedModel {
  readonly model: Model;
  readonly vocabulary: Vocabulary;
  /** The model's heads in its order, and by name. */
  readonly headList: readonly PreparedHead[];
  readonly heads: ReadonlyMap<string, PreparedHead>;
  /** Class rows of every head, one after another. */
  readonly rows: number;
  readonly bias: Float64Array;
  /**
   * Weights feature by feature: weights[f · rows + r]. A text has a few dozen features of
   * thousands, and each one's weights for every class of every head sit side by side.
   */
  readonly weights: Float64Array;
}

export function prepareModel(model: Model): PreparedModel {
  const headList: PreparedHead[] = [];
  let rows = 0;
  for (const head of model.heads) {
    headList.push({ name: head.name, classes: head.classes, row: rows });
    rows += head.classes.length;
  }
  const size = model.vocabulary.length;
  const bias = new Float64Array(rows);
  const weights = new Float64Array(size * rows);
  model.heads.forEach((head, h) => {
    head.classes.forEach((_, c) => {
      const r = headList[h]!.row + c;
      bias[r] = head.bias[c]!;
      const from = head.weights[c]!;
      for (let f = 0; f < size; f++) weights[f * rows + r] = from[f]!;
    });
  });
  return { model, vocabulary: vocabularyFrom(model.vocabulary, model.idf), headList, heads: new Map(headList.map((h) => [h.name, h])), rows, bias, weights };
}

/** Softmax over a head's rows of the logits. */
function softmax(z: Float64Array, from: number, count: number): number[] {
  let max = -Infinity;
  for (let k = 0; k < count; k++) max = Math.max(max, z[from + k]!);
  const e: number[] = [];
  for (let k = 0; k < count; k++) e.push(Math.exp(z[from + k]! - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export interface HeadScores {
  readonly classes: readonly string[];
  readonly probabilities: readonly number[];
}

export interface TopFeature {
  readonly feature: string;
  /** Contribution to the class's logit over the mean of the other classes. */
  readonly contribution: number;
  readonly span: Span | null;
}

export interface TextScores {
  readonly vector: SparseVector;
  readonly heads: ReadonlyMap<string, HeadScores>;
}

export function scoreText(prepared: PreparedModel, features: FeatureSpans): TextScores {
  const vector = vectorise(features, prepared.vocabulary);
  // Every row's logit: its bias, then each feature in order (the order softmaxScores adds them in).
  const { rows, weights } = prepared;
  const z = Float64Array.from(prepared.bias);
  for (let j = 0; j < vector.indices.length; j++) {
    const base = vector.indices[j]! * rows;
    const v = vector.values[j]!;
    for (let r = 0; r < rows; r++) z[r] = z[r]! + weights[base + r]! * v;
  }
  const heads = new Map<string, HeadScores>();
  for (const head of prepared.headList) heads.set(head.name, { classes: head.classes, probabilities: softmax(z, head.row, head.classes.length) });
  return { vector, heads };
}

/** Probability of "yes" for a binary head, or of `cls` for any head (0 when the head is absent). */
export function probabilityOf(scores: TextScores, head: string, cls = 'yes'): number {
  const h = scores.heads.get(head);
  if (h === undefined) return 0;
  const k = h.classes.indexOf(cls);
  return k < 0 ? 0 : h.probabilities[k]!;
}

export function bestClass(h: HeadScores): { readonly cls: string; readonly probability: number } {
  let best = 0;
  for (let k = 1; k < h.probabilities.length; k++) if (h.probabilities[k]! > h.probabilities[best]!) best = k;
  return { cls: h.classes[best]!, probability: h.probabilities[best]! };
}

export function topFeatures(prepared: PreparedModel, scores: TextScores, features: FeatureSpans, head: string, cls: string, limit: number): TopFeature[] {
  const h = prepared.heads.get(head);
  const k = h?.classes.indexOf(cls) ?? -1;
  if (h === undefined || k < 0) return [];
  const out: TopFeature[] = [];
  const { indices, values } = scores.vector;
  const { rows, weights } = prepared;
  for (let j = 0; j < indices.length; j++) {
    const f = indices[j]!;
    const base = f * rows + h.row;
    let others = 0;
    for (let c = 0; c < h.classes.length; c++) if (c !== k) others += weights[base + c]!;
    const contribution = (weights[base + k]! - others / (h.classes.length - 1)) * values[j]!;
    if (contribution <= 0) continue;
    const feature = prepared.vocabulary.features[f]!;
    out.push({ feature, contribution, span: features.get(feature) ?? null });
  }
  out.sort((a, b) => b.contribution - a.contribution || (a.feature < b.feature ? -1 : 1));
  return out.slice(0, limit);
}

/** A sentence when the model was trained with another lexicon or segmenter word list than the one in use. */
export function mismatchWarning(model: Model, lexiconHash: string, segmenterKey: string): string | undefined {
  const parts: string[] = [];
  if (model.lexicon.hash !== lexiconHash) parts.push(`lexicon ${model.lexicon.id} ${model.lexicon.version} (${model.lexicon.hash.slice(0, 19)}…)`);
  if (model.segmenter !== segmenterKey) parts.push(`segmenter word list ${model.segmenter}`);
  if (parts.length === 0) return undefined;
  return `warning: the model was trained with ${parts.join(' and ')}, not the ones in use now; its lexicon and token features may not fire as in training. Retrain with yuqing train for best results.`;
}
