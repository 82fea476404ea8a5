/**
 * Assembling model files: heads fitted on all examples, their decision settings chosen on
 * out-of-fold scores of an inner cross-validation, and everything needed to reproduce and audit
 * them. Deterministic: the same examples, lexicon and settings give the same object (and bytes).
 */
import type { LabelSet } from '../label-set.js';
import type { LexiconData } from '../lexicon/load.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { foldOf } from './folds.js';
import { encodeWeights, scoreVectors, sentenceHeadsOf, type HeadScores } from './predict.js';
import type { FeatureConfig, Group, Head, Model, Threshold, TrainConfig } from './schema.js';
import { chooseOffsets, chooseThresholds } from './thresholds.js';
import { fitHeads, genericHeads, taxonomyHeads, vectorsOf, type Example, type GenericExample, type HeadSpec, type LabelledExample } from './train.js';
import { roundWeight } from './vectorise.js';

export interface ModelMeta {
  readonly lexicon: LexiconData;
  readonly segmenter: string;
  readonly features: FeatureConfig;
  readonly train: TrainConfig;
  /** sha256 of the training file's bytes (or of the examples, for in-memory training). */
  readonly data: string;
  readonly labelField?: string;
  readonly textField?: string;
}

/** Each example scored by heads fitted without its fold. */
export function outOfFoldScores<E extends Example>(examples: readonly E[], specs: readonly HeadSpec<E>[], meta: ModelMeta, k: number): HeadScores[] {
  const folds = examples.map((e) => foldOf(e.id, k));
  const out: HeadScores[] = new Array(examples.length);
  const kinds = specs.map((s) => s.head);
  for (let fold = 0; fold < k; fold++) {
    const training = examples.filter((_, i) => folds[i] !== fold);
    if (training.length === 0 || training.length === examples.length) continue;
    const fitted = fitHeads(training, specs, meta.features, meta.train);
    const sentence = sentenceHeadsOf(fitted.linear, kinds, meta.features.sentenceKinds);
    examples.forEach((e, i) => {
      if (folds[i] !== fold) return;
      const t = vectorsOf(e, fitted.vocabulary, meta.features.sentenceKinds.length > 0);
      out[i] = scoreVectors(fitted.linear, t.vector, t.unitVectors, sentence);
    });
  }
  return out;
}

interface Decisions {
  readonly thresholds: readonly (Threshold | undefined)[];
  readonly groups: readonly Group[];
}

function groupsOf<E>(specs: readonly HeadSpec<E>[]): { name: string; classes: string[]; heads: number[] }[] {
  const groups = new Map<string, { name: string; classes: string[]; heads: number[] }>();
  specs.forEach((s, h) => {
    if (s.head.kind !== 'class') return;
    const g = groups.get(s.head.group!) ?? { name: s.head.group!, classes: [], heads: [] };
    g.classes.push(s.head.class!);
    g.heads.push(h);
    groups.set(g.name, g);
  });
  return [...groups.values()];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function decide<E extends Example>(examples: readonly E[], specs: readonly HeadSpec<E>[], oof: readonly HeadScores[] | undefined): Decisions {
  const scored = oof === undefined ? [] : examples.map((_, i) => i).filter((i) => oof[i] !== undefined);
  const labelHeads = specs.map((s, h) => [s, h] as const).filter(([s]) => s.head.kind !== 'class');
  const chosen = chooseThresholds(
    labelHeads.map(([s]) => s.head.kind),
    labelHeads.map(([s, h]) => ({
      probability: scored.map((i) => oof![i]!.probability[h]!),
      gold: scored.map((i) => s.labelOf(examples[i]!)),
      lexicon: scored.map((i) => examples[i]!.lexicon.has(s.head.name)),
    })),
  );
  const thresholds = specs.map((s): Threshold | undefined => (s.head.kind === 'class' ? undefined : { accept: 0.5, veto: 0.5 }));
  if (scored.length > 0) {
    labelHeads.forEach(([, h], k) => {
      thresholds[h] = chosen[k];
    });
  }
  const groups = groupsOf(specs).map((g): Group => {
    if (scored.length === 0) return { name: g.name, classes: g.classes, offsets: g.classes.map(() => 0) };
    const gold = scored.map((i) => g.heads.findIndex((h) => specs[h]!.labelOf(examples[i]!) === 1));
    const logits = scored.map((i) => g.heads.map((h) => oof![i]!.logits[h]!));
    return { name: g.name, classes: g.classes, offsets: chooseOffsets(logits, gold, g.classes.length).map(round) };
  });
  return { thresholds, groups };
}

function assemble<E extends Example>(mode: Model['mode'], examples: readonly E[], specs: readonly HeadSpec<E>[], meta: ModelMeta): Model {
  const k = meta.train.thresholdFolds;
  const decisions = decide(examples, specs, k >= 2 && examples.length >= k ? outOfFoldScores(examples, specs, meta, k) : undefined);
  const fitted = fitHeads(examples, specs, meta.features, meta.train);
  const heads = specs.map((s, h): Head => {
    const threshold = decisions.thresholds[h];
    return { ...s.head, bias: roundWeight(fitted.linear.bias[h]!), ...(threshold ? { threshold } : {}) };
  });
  return {
    format: 'yuqing-model',
    formatVersion: 2,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode,
    lexicon: { id: meta.lexicon.manifest.id, version: meta.lexicon.manifest.version, hash: meta.lexicon.hash },
    segmenter: meta.segmenter,
    features: meta.features,
    training: {
      data: meta.data,
      records: examples.length,
      ...(meta.labelField !== undefined ? { labelField: meta.labelField } : {}),
      ...(meta.textField !== undefined ? { textField: meta.textField } : {}),
      config: meta.train,
    },
    vocabulary: [...fitted.vocabulary.features],
    idf: [...fitted.vocabulary.idf],
    heads,
    groups: [...decisions.groups],
    weights: encodeWeights(fitted.linear.weights),
  };
}

export function buildTaxonomyModel(examples: readonly LabelledExample[], labels: LabelSet, meta: ModelMeta): Model {
  return assemble('taxonomy', examples, taxonomyHeads(labels, examples), meta);
}

export function buildGenericModel(examples: readonly GenericExample[], meta: ModelMeta): Model {
  return assemble('generic', examples, genericHeads(examples), meta);
}

/** Stable JSON: the model's keys are written in schema order, numbers already rounded. */
export function serialiseModel(model: Model): string {
  return `${JSON.stringify(model)}\n`;
}
