/**
 * Training: examples (feature occurrences with labels) → binary heads over one shared vocabulary.
 * Taxonomy mode: a head for relevance, each topic and each viewpoint (trained on every example), and
 * one per polarity class (on gold-relevant examples). Generic mode: one head per value of a label
 * column. With sentence kinds (default: viewpoints), training runs twice for their heads: the first
 * model picks, in each long positive text, the sentence that most carries the label (multiple-instance
 * learning: a text has a viewpoint when one of its sentences does); the second learns from the texts
 * and those sentences, every sentence of a negative text counting as negative.
 */
import type { Labels } from '../evaluate/metrics.js';
import type { Classifier } from '../classify.js';
import { labelSetOf, type LabelSet } from '../label-set.js';
import { textFeatures, unitFeatures, type FeatureEntries } from './features.js';
import { logits, sigmoid, trainBinaryHeads, type LinearHeads } from './learner.js';
import { nbScale } from './nb-scale.js';
import type { FeatureConfig, Head, TrainConfig } from './schema.js';
import { scoringUnits } from './units.js';
import { buildVocabulary, vectorise, type SparseVector, type Vocabulary } from './vectorise.js';

export const DEFAULT_TRAIN: TrainConfig = {
  l2: 1e-3,
  epochs: 10,
  learningRate: 0.5,
  classWeight: 0.5,
  seed: 1,
  nbScaling: true,
  thresholdFolds: 3,
  viewpointFallback: 0.3,
};
/** Generic models: NB-LR, fully class-weighted (LIHKG stance, 10-fold: see README). */
export const DEFAULT_GENERIC_TRAIN: TrainConfig = { l2: 1e-4, epochs: 10, learningRate: 0.5, classWeight: 1, seed: 1, nbScaling: true, thresholdFolds: 3 };

/** A training text: its features, its normalised text (for sentences) and the labels the lexicon gave it. */
export interface Example {
  readonly id: string;
  readonly entries: FeatureEntries;
  readonly text: string;
  readonly lexicon: ReadonlySet<string>;
}

export type HeadShape = Omit<Head, 'bias' | 'threshold'>;

/** What one head learns: 1 or 0 per example, −1 when the example says nothing for it. */
export interface HeadSpec<E> {
  readonly head: HeadShape;
  readonly labelOf: (example: E) => 1 | 0 | -1;
}

export interface LabelledExample extends Example {
  readonly labels: Labels;
}

const bit = (b: boolean): 1 | 0 => (b ? 1 : 0);

export function taxonomyHeads(labels: LabelSet, examples: readonly LabelledExample[]): HeadSpec<LabelledExample>[] {
  const polarities = [...new Set(examples.filter((e) => e.labels.relevant).map((e) => e.labels.polarity as string))].sort();
  return [
    { head: { name: 'relevant', kind: 'relevance' }, labelOf: (e) => bit(e.labels.relevant) },
    ...labels.topics.map((t) => ({
      head: { name: t.id, kind: 'topic' as const },
      labelOf: (e: LabelledExample) => bit((e.labels.topics as readonly string[]).includes(t.id)),
    })),
    ...labels.viewpoints.map((v) => ({
      head: { name: v.id, kind: 'viewpoint' as const, topic: v.topic },
      labelOf: (e: LabelledExample) => bit((e.labels.viewpoints as readonly string[]).includes(v.id)),
    })),
    ...(polarities.length < 2
      ? []
      : polarities.map((p) => ({
          head: { name: `polarity=${p}`, kind: 'class' as const, group: 'polarity', class: p },
          labelOf: (e: LabelledExample) => (e.labels.relevant ? bit(e.labels.polarity === p) : -1),
        }))),
  ];
}

export interface GenericExample extends Example {
  readonly label: string;
}

export function genericHeads(examples: readonly GenericExample[]): HeadSpec<GenericExample>[] {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  return classes.map((c) => ({ head: { name: `label=${c}`, kind: 'class', group: 'label', class: c }, labelOf: (e) => bit(e.label === c) }));
}

export interface FittedHeads {
  readonly vocabulary: Vocabulary;
  readonly linear: LinearHeads;
}

/** A text's vector and, when it has several sentences, theirs. */
export interface TextVectors {
  readonly vector: SparseVector;
  readonly unitVectors: readonly SparseVector[];
}

export function vectorsOf(example: Example, vocabulary: Vocabulary, sentences: boolean): TextVectors {
  const vector = vectorise(textFeatures(example.entries), vocabulary);
  const units = sentences ? scoringUnits(example.text) : [];
  if (units.length < 2) return { vector, unitVectors: [] };
  return { vector, unitVectors: unitFeatures(example.entries, units).map((s) => vectorise(s, vocabulary)) };
}

function train(vectors: readonly SparseVector[], labels: readonly number[], H: number, D: number, config: TrainConfig): LinearHeads {
  const set = { vectors, labels: Int8Array.from(labels), heads: H, dimension: D };
  return trainBinaryHeads(set, config, config.nbScaling ? nbScale(set) : undefined);
}

/** Sentence instances for the second round: per head, the best sentence of a positive text; all of a negative one. */
function sentenceInstances<E>(
  texts: readonly TextVectors[],
  examples: readonly E[],
  specs: readonly HeadSpec<E>[],
  first: LinearHeads,
  kinds: readonly string[],
): { vectors: SparseVector[]; labels: number[] } {
  const H = specs.length;
  const vectors: SparseVector[] = [];
  const labels: number[] = [];
  const z = new Float64Array(H);
  texts.forEach((t, i) => {
    if (t.unitVectors.length === 0) return;
    const scores = t.unitVectors.map((v) => Array.from(logits(first, v, z), sigmoid));
    t.unitVectors.forEach((v, u) => {
      vectors.push(v);
      specs.forEach((spec, h) => {
        const y = kinds.includes(spec.head.kind) ? spec.labelOf(examples[i]!) : -1;
        if (y !== 1) {
          labels.push(y);
          return;
        }
        let best = 0;
        for (let k = 1; k < scores.length; k++) if (scores[k]![h]! > scores[best]![h]!) best = k;
        labels.push(best === u ? 1 : -1);
      });
    });
  });
  return { vectors, labels };
}

export function fitHeads<E extends Example>(examples: readonly E[], specs: readonly HeadSpec<E>[], features: FeatureConfig, config: TrainConfig): FittedHeads {
  const vocabulary = buildVocabulary(
    examples.map((e) => textFeatures(e.entries)),
    features.minDocumentFrequency,
  );
  const D = vocabulary.features.length;
  const H = specs.length;
  const texts = examples.map((e) => vectorsOf(e, vocabulary, features.sentenceKinds.length > 0));
  const labels = examples.flatMap((e) => specs.map((s) => s.labelOf(e)));
  const vectors = texts.map((t) => t.vector);
  if (!texts.some((t) => t.unitVectors.length > 0)) return { vocabulary, linear: train(vectors, labels, H, D, config) };
  // The first round only needs the heads scored sentence by sentence: it picks their sentences.
  const sentenceHead = specs.map((s) => (features.sentenceKinds as readonly string[]).includes(s.head.kind));
  const first = train(
    vectors,
    labels.map((y, at) => (sentenceHead[at % H] ? y : -1)),
    H,
    D,
    config,
  );
  const more = sentenceInstances(texts, examples, specs, first, features.sentenceKinds);
  return { vocabulary, linear: train([...vectors, ...more.vectors], [...labels, ...more.labels], H, D, config) };
}

/** The labels a classifier's lexicon defines: the heads a taxonomy model learns. */
export function lexiconLabelSet(classifier: Pick<Classifier, 'lexicon'>): LabelSet {
  return labelSetOf(classifier.lexicon.data, {});
}
