/**
 * Applying a model to one text: every head's logit for the whole text and for each of its
 * sentences (units.ts), a label head's probability being the highest of them, and which sentence
 * gave it (the evidence of a label the model gave). Class heads (polarity, generic labels) are
 * decided on the whole text.
 */
import { buildFeatureIndex, type FeatureIndex } from './feature-index.js';
import { textFeatures, unitFeatures, type FeatureEntries } from './features.js';
import { logits, sigmoid, type LinearHeads } from './learner.js';
import type { Group, Head, Model } from './schema.js';
import { gateOf, ScoringScratch, type HeadColumn } from './score-text.js';

export { scoreAnalysis } from './score-text.js';
import { scoringUnits, type Unit } from './units.js';
import { vectorise, vocabularyFrom, type SparseVector, type Vocabulary } from './vectorise.js';

export interface PreparedModel {
  readonly model: Model;
  readonly vocabulary: Vocabulary;
  readonly linear: LinearHeads;
  /** Head index by name. */
  readonly headIndex: ReadonlyMap<string, number>;
  /** The vocabulary by feature number (applying the model). */
  readonly index: FeatureIndex;
  readonly sentence: SentenceHeads;
  /** Buffers for scoring one text at a time (score-text.ts). */
  readonly scratch: ScoringScratch;
  /** The relevance head's weights alone, when it is scored on the whole text only: a post it rules out costs one head. */
  readonly gate: HeadColumn | undefined;
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
  const linear: LinearHeads = {
    heads,
    bias: Float64Array.from(model.heads, (h) => h.bias),
    weights: decodeWeights(model.weights, model.vocabulary.length * heads),
  };
  const sentence = sentenceHeadsOf(linear, model.heads, model.features.sentenceKinds);
  const relevance = model.heads.findIndex((h) => h.kind === 'relevance');
  return {
    model,
    vocabulary: vocabularyFrom(model.vocabulary, model.idf),
    linear,
    headIndex: new Map(model.heads.map((h, i) => [h.name, i])),
    index: buildFeatureIndex(model.vocabulary),
    sentence,
    scratch: new ScoringScratch(model.vocabulary.length),
    gate: relevance < 0 || sentence.heads.includes(relevance) ? undefined : gateOf(linear, relevance),
  };
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

/** The heads scored sentence by sentence too, and their weights alone (a sentence's logits cost only theirs). */
export interface SentenceHeads {
  /** Head numbers in the model. */
  readonly heads: readonly number[];
  readonly linear: LinearHeads;
}

export function sentenceHeadsOf(linear: LinearHeads, heads: readonly Pick<Head, 'kind'>[], sentenceKinds: readonly string[]): SentenceHeads {
  const chosen = heads.flatMap((head, h) => (sentenceKinds.includes(head.kind) ? [h] : []));
  const H = linear.heads;
  const S = chosen.length;
  const features = linear.weights.length / H;
  const weights = linear.weights instanceof Float32Array ? new Float32Array(features * S) : new Float64Array(features * S);
  for (let f = 0; f < features; f++) for (let s = 0; s < S; s++) weights[f * S + s] = linear.weights[f * H + chosen[s]!]!;
  return { heads: chosen, linear: { heads: S, bias: Float64Array.from(chosen, (h) => linear.bias[h]!), weights } };
}

/** Every head's logit for the text, and its probability: for the sentence heads the best of text and sentences. */
export function scoreVectors(linear: LinearHeads, vector: SparseVector, unitVectors: readonly SparseVector[], sentence: SentenceHeads): HeadScores {
  const H = linear.heads;
  const z = logits(linear, vector, new Float64Array(H));
  const probability = z.map(sigmoid);
  const unit = new Int32Array(H).fill(-1);
  const scratch = new Float64Array(sentence.heads.length);
  unitVectors.forEach((v, u) => {
    logits(sentence.linear, v, scratch);
    sentence.heads.forEach((h, s) => {
      const p = sigmoid(scratch[s]!);
      if (p > probability[h]!) {
        probability[h] = p;
        unit[h] = u;
      }
    });
  });
  return { logits: z, probability, unit };
}

/** A text's scores from its feature occurrences and its normalised text (for the sentences). */
export function scoreEntries(prepared: PreparedModel, entries: FeatureEntries, text: string): TextScores {
  const vector = vectorise(textFeatures(entries), prepared.vocabulary);
  const all = prepared.model.features.sentenceKinds.length > 0 ? scoringUnits(text) : [];
  const units = all.length < 2 ? [] : all;
  const unitVectors = unitFeatures(entries, units).map((set) => vectorise(set, prepared.vocabulary));
  return { vector, units, unitVectors, ...scoreVectors(prepared.linear, vector, unitVectors, prepared.sentence) };
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
  if (h === undefined || limit <= 0) return [];
  const { heads, weights } = prepared.linear;
  const features = prepared.vocabulary.features;
  // The best `limit` so far, best first (ties: by name); each feature placed by insertion (limit is a
  // handful), and one that cannot enter skipped before its name is looked at.
  const out: TopFeature[] = [];
  const { indices, values } = vector;
  for (let k = 0; k < indices.length; k++) {
    const f = indices[k]!;
    const contribution = weights[f * heads + h]! * values[k]!;
    if (!(contribution > 0)) continue;
    const last = out.length === limit ? out[limit - 1]! : undefined;
    if (last !== undefined && contribution < last.contribution) continue;
    const feature = features[f]!;
    if (last !== undefined && contribution === last.contribution && !(feature < last.feature)) continue;
    let at = out.length === limit ? limit - 1 : out.length;
    while (at > 0 && (out[at - 1]!.contribution < contribution || (out[at - 1]!.contribution === contribution && feature < out[at - 1]!.feature))) at--;
    out.splice(at, 0, { feature, contribution });
    if (out.length > limit) out.pop();
  }
  return out;
}

/** A sentence when the model was trained with another lexicon or segmenter word list than the one in use. */
export function mismatchNote(model: Model, lexiconHash: string, segmenterKey: string): string | undefined {
  const parts: string[] = [];
  if (model.lexicon.hash !== lexiconHash) parts.push(`lexicon ${model.lexicon.id} ${model.lexicon.version} (${model.lexicon.hash.slice(0, 19)}…)`);
  if (model.segmenter !== segmenterKey) parts.push(`segmenter word list ${model.segmenter}`);
  if (parts.length === 0) return undefined;
  return `the model was trained with ${parts.join(' and ')}, not the ones in use now; its lexicon features are looked up by label and cue family, so it still applies, and edited cues count through their labels (retrain with yuqing train to learn from them fully)`;
}
