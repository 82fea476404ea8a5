/**
 * Training: examples (feature sets with labels) → heads over one shared vocabulary.
 * Taxonomy mode: a binary head for relevance, each topic and each viewpoint (trained on every
 * example), and a polarity head (trained on gold-relevant examples). Generic mode: one head over
 * the values of a single label column.
 */
import { POLARITIES, TOPIC_IDS, VIEWPOINT_IDS } from '../taxonomy.js';
import type { Labels } from '../evaluate/metrics.js';
import type { FeatureSpans } from './features.js';
import { trainSoftmax } from './logistic.js';
import type { Head, TrainConfig } from './schema.js';
import { buildVocabulary, roundWeight, vectorise, type Vocabulary } from './vectorise.js';

export const DEFAULT_TRAIN: TrainConfig = { l2: 1e-4, iterations: 300, learningRate: 2, classWeight: 'balanced' };

export const BINARY_CLASSES = ['no', 'yes'] as const;

/** What one head learns: which examples it sees, and the class of each. */
export interface HeadSpec<E> {
  readonly name: string;
  readonly classes: readonly string[];
  readonly classOf: (example: E) => string | undefined;
}

export interface TrainedHeads {
  readonly vocabulary: Vocabulary;
  readonly heads: readonly Head[];
}

export function trainHeads<E extends { readonly features: FeatureSpans }>(
  examples: readonly E[],
  specs: readonly HeadSpec<E>[],
  minDocumentFrequency: number,
  config: TrainConfig,
): TrainedHeads {
  const vocabulary = buildVocabulary(examples.map((e) => e.features), minDocumentFrequency);
  const vectors = examples.map((e) => vectorise(e.features, vocabulary));
  const heads = specs.map((spec): Head => {
    const xs = [];
    const ys: number[] = [];
    for (let i = 0; i < examples.length; i++) {
      const cls = spec.classOf(examples[i]!);
      if (cls === undefined) continue;
      xs.push(vectors[i]!);
      ys.push(spec.classes.indexOf(cls));
    }
    const w = trainSoftmax(xs, ys, spec.classes.length, vocabulary.features.length, config);
    return { name: spec.name, classes: [...spec.classes], bias: Array.from(w.bias, roundWeight), weights: Array.from(w.weights, (row) => Array.from(row, roundWeight)) };
  });
  return { vocabulary, heads };
}

export interface LabelledExample {
  readonly id: string;
  readonly features: FeatureSpans;
  readonly labels: Labels;
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export function taxonomyHeads(examples: readonly LabelledExample[]): HeadSpec<LabelledExample>[] {
  const polarities = POLARITIES.filter((p) => examples.some((e) => e.labels.relevant && e.labels.polarity === p));
  return [
    { name: 'relevant', classes: BINARY_CLASSES, classOf: (e) => yesNo(e.labels.relevant) },
    ...TOPIC_IDS.map((t) => ({ name: t, classes: BINARY_CLASSES, classOf: (e: LabelledExample) => yesNo(e.labels.topics.includes(t)) })),
    ...VIEWPOINT_IDS.map((v) => ({ name: v, classes: BINARY_CLASSES, classOf: (e: LabelledExample) => yesNo(e.labels.viewpoints.includes(v)) })),
    ...(polarities.length >= 2 ? [{ name: 'polarity', classes: polarities, classOf: (e: LabelledExample) => (e.labels.relevant ? e.labels.polarity : undefined) }] : []),
  ];
}

export interface GenericExample {
  readonly id: string;
  readonly features: FeatureSpans;
  readonly label: string;
}

export function genericHead(examples: readonly GenericExample[]): HeadSpec<GenericExample> {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  return { name: 'label', classes, classOf: (e) => e.label };
}
