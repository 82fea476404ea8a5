/**
 * Assembling model files: trained heads plus everything needed to reproduce and audit them.
 * Deterministic: the same examples, lexicon and settings give the same object (and bytes).
 */
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { LexiconData } from '../lexicon/load.js';
import { DEFAULT_HYBRID } from './hybrid.js';
import type { FeatureConfig, HybridConfig, Model, TrainConfig } from './schema.js';
import { genericHead, taxonomyHeads, trainHeads, type GenericExample, type LabelledExample, type TrainedHeads } from './train.js';

export interface ModelMeta {
  readonly lexicon: LexiconData;
  readonly segmenter: string;
  readonly features: FeatureConfig;
  readonly train: TrainConfig;
  /** sha256 of the training file's bytes (or of the examples, for in-memory training). */
  readonly data: string;
  readonly labelField?: string;
  readonly textField?: string;
  readonly hybrid?: HybridConfig;
}

function assemble(mode: Model['mode'], trained: TrainedHeads, records: number, meta: ModelMeta): Model {
  return {
    format: 'yuqing-model',
    formatVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode,
    lexicon: { id: meta.lexicon.manifest.id, version: meta.lexicon.manifest.version, hash: meta.lexicon.hash },
    segmenter: meta.segmenter,
    features: meta.features,
    training: {
      data: meta.data,
      records,
      ...(meta.labelField !== undefined ? { labelField: meta.labelField } : {}),
      ...(meta.textField !== undefined ? { textField: meta.textField } : {}),
      config: meta.train,
    },
    ...(mode === 'taxonomy' ? { hybrid: meta.hybrid ?? DEFAULT_HYBRID } : {}),
    vocabulary: [...trained.vocabulary.features],
    idf: [...trained.vocabulary.idf],
    heads: [...trained.heads],
  };
}

export function buildTaxonomyModel(examples: readonly LabelledExample[], meta: ModelMeta): Model {
  const trained = trainHeads(examples, taxonomyHeads(examples), meta.features.minDocumentFrequency, meta.train);
  return assemble('taxonomy', trained, examples.length, meta);
}

export function buildGenericModel(examples: readonly GenericExample[], meta: ModelMeta): Model {
  const trained = trainHeads(examples, [genericHead(examples)], meta.features.minDocumentFrequency, meta.train);
  return assemble('generic', trained, examples.length, meta);
}

/** Stable JSON: the model's keys are written in schema order, numbers already rounded. */
export function serialiseModel(model: Model): string {
  return `${JSON.stringify(model)}\n`;
}
