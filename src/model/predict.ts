/**
 * Applying a model to one text's features: each head's class probabilities, and the features that
 * pushed a class up the most (with their spans, for evidence).
 */
import type { FeatureSpans, Span } from './features.js';
import { softmaxScores } from './logistic.js';
import type { Head, Model } from './schema.js';
import { vectorise, vocabularyFrom, type SparseVector, type Vocabulary } from './vectorise.js';

export interface PreparedModel {
  readonly model: Model;
  readonly vocabulary: Vocabulary;
  readonly heads: ReadonlyMap<string, Head>;
}

export function prepareModel(model: Model): PreparedModel {
  return { model, vocabulary: vocabularyFrom(model.vocabulary, model.idf), heads: new Map(model.heads.map((h) => [h.name, h])) };
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
  const heads = new Map<string, HeadScores>();
  for (const head of prepared.model.heads) heads.set(head.name, { classes: head.classes, probabilities: softmaxScores(head, vector) });
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
  for (let j = 0; j < indices.length; j++) {
    const f = indices[j]!;
    let others = 0;
    for (let c = 0; c < h.classes.length; c++) if (c !== k) others += h.weights[c]![f]!;
    const contribution = (h.weights[k]![f]! - others / (h.classes.length - 1)) * values[j]!;
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
