/**
 * Applying a model to one text: every head's logit for the whole text and for each of its
 * sentences (units.ts), a label head's probability being the highest of them, and which sentence
 * gave it (the evidence of a label the model gave). Class heads (polarity, generic labels) are
 * decided on the whole text.
 */
import { extractFeatures, textFeatures, unitFeatures, type FeatureEntries } from './features.js';
import { logits, sigmoid, type LinearHeads } from './learner.js';
import type { Group, Head, Model } from './schema.js';
import { scoringUnits, type Unit } from './units.js';
import { vectorise, vocabularyFrom, type SparseVector, type Vocabulary } from './vectorise.js';
import type { Classifier, TextAnalysis } from '../classify.js';

export interface PreparedModel {
  readonly model: Model;
  readonly vocabulary: Vocabulary;
  readonly linear: LinearHeads;
  /** Head index by name. */
  readonly headIndex: ReadonlyMap<string, number>;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function decodeWeights(base64: string, length: number): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== length * 4) throw new Error(`model weights: expected ${length * 4} bytes, got ${bytes.length}`);
  // On a little-endian machine the bytes are the floats: one copy into an aligned buffer.
  if (LITTLE_ENDIAN) return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = bytes.readFloatLE(i * 4);
  return out;
}

export function encodeWeights(weights: ArrayLike<number>): string {
  const bytes = Buffer.alloc(weights.length * 4);
  for (let i = 0; i < weights.length; i++) bytes.writeFloatLE(weights[i]!, i * 4);
  return bytes.toString('base64');
}

export function prepareModel(model: Model): PreparedModel {
  const heads = model.heads.length;
  const linear: LinearHeads = { heads, bias: Float64Array.from(model.heads, (h) => h.bias), weights: decodeWeights(model.weights, model.vocabulary.length * heads) };
  return { model, vocabulary: vocabularyFrom(model.vocabulary, model.idf), linear, headIndex: new Map(model.heads.map((h, i) => [h.name, i])) };
}

export interface TextScores {
  readonly vector: SparseVector;
  /** The text's sentences (none when it is one sentence or sentences are off) and their vectors. */
  readonly units: readonly Unit[];
  readonly unitVectors: readonly SparseVector[];
  /** Logits of the whole text, per head. */
  readonly logits: Float64Array;
  /** Per head: the probability (label heads: the highest of the text and its sentences). */
  readonly probability: Float64Array;
  /** Per head: the sentence that gave the probability, or −1 for the whole text. */
  readonly unit: Int32Array;
}

export type HeadScores = Pick<TextScores, 'logits' | 'probability' | 'unit'>;

/** Every head's logit for the text, and its probability: for label heads the best of text and sentences. */
export function scoreVectors(linear: LinearHeads, heads: readonly Pick<Head, 'kind'>[], sentenceKinds: readonly string[], vector: SparseVector, unitVectors: readonly SparseVector[]): HeadScores {
  const H = linear.heads;
  const z = logits(linear, vector, new Float64Array(H));
  const probability = z.map(sigmoid);
  const unit = new Int32Array(H).fill(-1);
  const scratch = new Float64Array(H);
  unitVectors.forEach((v, u) => {
    logits(linear, v, scratch);
    for (let h = 0; h < H; h++) {
      if (!sentenceKinds.includes(heads[h]!.kind)) continue;
      const p = sigmoid(scratch[h]!);
      if (p > probability[h]!) {
        probability[h] = p;
        unit[h] = u;
      }
    }
  });
  return { logits: z, probability, unit };
}

/** A text's scores from its feature occurrences and its normalised text (for the sentences). */
export function scoreEntries(prepared: PreparedModel, entries: FeatureEntries, text: string): TextScores {
  const vector = vectorise(textFeatures(entries), prepared.vocabulary);
  const all = prepared.model.features.sentenceKinds.length > 0 ? scoringUnits(text) : [];
  const units = all.length < 2 ? [] : all;
  const unitVectors = unitFeatures(entries, units).map((set) => vectorise(set, prepared.vocabulary));
  return { vector, units, unitVectors, ...scoreVectors(prepared.linear, prepared.model.heads, prepared.model.features.sentenceKinds, vector, unitVectors) };
}

/** Everything the model needs of one text, from the tagger's analysis. */
export function scoreAnalysis(prepared: PreparedModel, classifier: Classifier, analysis: TextAnalysis): { entries: FeatureEntries; scores: TextScores } {
  const entries = extractFeatures(analysis, prepared.model.features, classifier.lexicon);
  return { entries, scores: scoreEntries(prepared, entries, analysis.normalised.text) };
}

/** Probability of a label head (0 when the model has no such head). */
export function probabilityOf(prepared: PreparedModel, scores: TextScores, head: string): number {
  const h = prepared.headIndex.get(head);
  return h === undefined ? 0 : scores.probability[h]!;
}

/** A group's winning class: the highest logit plus the group's offset for the class. */
export function groupClass(prepared: PreparedModel, scores: TextScores, group: Group): { readonly cls: string; readonly probability: number } {
  let best = -1;
  let bestScore = -Infinity;
  const z: number[] = [];
  group.classes.forEach((cls, c) => {
    const h = prepared.headIndex.get(`${group.name}=${cls}`);
    const score = h === undefined ? -Infinity : scores.logits[h]! + group.offsets[c]!;
    z.push(h === undefined ? -Infinity : scores.logits[h]!);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  });
  // One-vs-rest probabilities normalised over the group: what the note reports.
  const p = z.map(sigmoid);
  const sum = p.reduce((a, b) => a + b, 0) || 1;
  return { cls: group.classes[best]!, probability: p[best]! / sum };
}

export interface TopFeature {
  readonly feature: string;
  readonly contribution: number;
}

/** The features that pushed a head up the most in a vector (the whole text's, or a sentence's). */
export function topFeatures(prepared: PreparedModel, vector: SparseVector, head: string, limit: number): TopFeature[] {
  const h = prepared.headIndex.get(head);
  if (h === undefined) return [];
  const { heads, weights } = prepared.linear;
  const out: TopFeature[] = [];
  for (let k = 0; k < vector.indices.length; k++) {
    const f = vector.indices[k]!;
    const contribution = weights[f * heads + h]! * vector.values[k]!;
    if (contribution > 0) out.push({ feature: prepared.vocabulary.features[f]!, contribution });
  }
  out.sort((a, b) => b.contribution - a.contribution || (a.feature < b.feature ? -1 : 1));
  return out.slice(0, limit);
}

/** A sentence when the model was trained with another lexicon or segmenter word list than the one in use. */
export function mismatchNote(model: Model, lexiconHash: string, segmenterKey: string): string | undefined {
  const parts: string[] = [];
  if (model.lexicon.hash !== lexiconHash) parts.push(`lexicon ${model.lexicon.id} ${model.lexicon.version} (${model.lexicon.hash.slice(0, 19)}…)`);
  if (model.segmenter !== segmenterKey) parts.push(`segmenter word list ${model.segmenter}`);
  if (parts.length === 0) return undefined;
  return `the model was trained with ${parts.join(' and ')}, not the ones in use now; its lexicon features are looked up by label and cue family, so it still applies, and edited cues count through their labels (retrain with yuqing train to learn from them fully)`;
}
