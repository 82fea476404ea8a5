/**
 * The trained model file: a zod schema (the single source of its type). Everything that shapes a
 * prediction is recorded, so that a model is reproducible and auditable: tool version, lexicon,
 * segmenter dictionary, feature and training settings, the data's hash, thresholds and every weight.
 */
import { z } from 'zod';

export const featureConfigSchema = z.strictObject({
  /** Segmented word tokens ("w:"). */
  words: z.boolean(),
  /** Adjacent word pairs ("b:"). */
  wordBigrams: z.boolean(),
  /** Lengths of Han character n-grams ("c2:", "c3:" …): robust to segmentation errors and paraphrase. */
  charNgrams: z.array(z.int().min(1).max(4)),
  /** Lexicon features by label and cue family ("lex:<label>", "rel:<group>", "pol:<sign>", "tag:<label>"). */
  lexicon: z.boolean(),
  /** Label kinds whose heads also score each sentence (the text has the label when one sentence does). */
  sentenceKinds: z.array(z.enum(['relevance', 'topic', 'viewpoint'])),
  /** A feature must occur in at least this many training texts. */
  minDocumentFrequency: z.int().min(1),
});
export type FeatureConfig = z.infer<typeof featureConfigSchema>;

export const trainConfigSchema = z.strictObject({
  /** L2 penalty. */
  l2: z.number().min(0),
  epochs: z.int().min(1),
  learningRate: z.number().positive(),
  /** Each class of a head weighs (n / (2 · n_class))^classWeight; 0: unweighted. */
  classWeight: z.number().min(0).max(1),
  /** Seeds the order in which instances are visited. */
  seed: z.int().min(0),
  /** Scale features by naive-Bayes log-count ratios per head (NB-LR). */
  nbScaling: z.boolean(),
  /** Folds of the inner cross-validation that chooses thresholds (0: keep the defaults). */
  thresholdFolds: z.int().min(0),
  /**
   * Hybrid tagging: a topic given with none of its viewpoints gets its most probable viewpoint when
   * that probability is at least this (absent: never). A post on a topic usually says something about it.
   */
  viewpointFallback: z.number().min(0).max(1.01).optional(),
});
export type TrainConfig = z.infer<typeof trainConfigSchema>;

/** The model alone gives a label at or above `accept`; a lexicon label is withdrawn below `veto`. */
export const thresholdSchema = z.strictObject({ accept: z.number().min(0).max(1.01), veto: z.number().min(0).max(1.01) });
export type Threshold = z.infer<typeof thresholdSchema>;

/** One binary head: a label (relevance, a topic, a viewpoint) or one class of a group (polarity, a generic label). */
export const headSchema = z.strictObject({
  name: z.string(),
  kind: z.enum(['relevance', 'topic', 'viewpoint', 'class']),
  /** A viewpoint's topic. */
  topic: z.string().optional(),
  /** A class head's group ("polarity", or "label" in generic models) and class. */
  group: z.string().optional(),
  class: z.string().optional(),
  bias: z.number(),
  threshold: thresholdSchema.optional(),
});
export type Head = z.infer<typeof headSchema>;

/** Classes decided together: the one whose head's logit plus offset is highest wins. */
export const groupSchema = z.strictObject({
  name: z.string(),
  classes: z.array(z.string()).min(2),
  offsets: z.array(z.number()),
});
export type Group = z.infer<typeof groupSchema>;

export const modelSchema = z.strictObject({
  format: z.literal('yuqing-model'),
  formatVersion: z.literal(2),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  mode: z.enum(['taxonomy', 'generic']),
  /** The lexicon it was trained with (its features are looked up by label, so an edited copy still fits). */
  lexicon: z.strictObject({ id: z.string(), version: z.string(), hash: z.string() }),
  /** Key (hash) of the segmenter's word list the tokens were cut with. */
  segmenter: z.string(),
  features: featureConfigSchema,
  training: z.strictObject({
    data: z.string(),
    records: z.int().min(0),
    labelField: z.string().optional(),
    textField: z.string().optional(),
    config: trainConfigSchema,
  }),
  vocabulary: z.array(z.string()),
  /** Inverse document frequency per vocabulary entry. */
  idf: z.array(z.number()),
  heads: z.array(headSchema),
  groups: z.array(groupSchema),
  /** Little-endian float32 weights, feature by feature (weights[f · heads + h]), base64. */
  weights: z.string(),
});
export type Model = z.infer<typeof modelSchema>;
