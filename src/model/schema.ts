/**
 * The trained model file: a zod schema (the single source of its type). Everything that shapes a
 * prediction is recorded, so that a model is reproducible and auditable: tool version, lexicon,
 * segmenter dictionary, feature settings, training settings and data hash, and every weight.
 */
import { z } from 'zod';

export const featureConfigSchema = z.strictObject({
  /** Segmented word tokens ("w:"). */
  words: z.boolean(),
  /** Adjacent word pairs ("b:"). */
  wordBigrams: z.boolean(),
  /** Character bigrams inside runs of Chinese characters ("c:"): robust to segmentation errors. */
  charBigrams: z.boolean(),
  /** Lexicon matches ("lex:<label>", "lexterm:<term>", "rel:<group>") and the lexicon's own tags ("tag:"). */
  lexicon: z.boolean(),
  /** A feature must occur in at least this many training texts. */
  minDocumentFrequency: z.int().min(1),
});
export type FeatureConfig = z.infer<typeof featureConfigSchema>;

export const trainConfigSchema = z.strictObject({
  /** L2 penalty on the mean log-loss. */
  l2: z.number().min(0),
  iterations: z.int().min(1),
  learningRate: z.number().positive(),
  /** "balanced": each class weighs n / (classes × n_class), tempered by a square root. */
  classWeight: z.enum(['none', 'balanced']),
});
export type TrainConfig = z.infer<typeof trainConfigSchema>;

/** One softmax head; a binary head has classes ["no", "yes"]. Weights are aligned with the vocabulary. */
export const headSchema = z.strictObject({
  name: z.string(),
  classes: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  /** weights[class][feature index]. */
  weights: z.array(z.array(z.number())),
});
export type Head = z.infer<typeof headSchema>;

const thresholdPair = z.strictObject({
  /** The model alone gives the label at or above this probability (with evidence in the text). */
  accept: z.number().min(0).max(1),
  /** A lexicon label is withdrawn when the model's probability is below this. */
  veto: z.number().min(0).max(1),
});

export const hybridConfigSchema = z.strictObject({
  relevance: thresholdPair,
  topic: thresholdPair,
  viewpoint: thresholdPair,
  /** The model's polarity replaces the lexicon's when its probability is at least this (1 = never). */
  polarityAccept: z.number().min(0).max(1),
});
export type HybridConfig = z.infer<typeof hybridConfigSchema>;

export const modelSchema = z.strictObject({
  format: z.literal('yuqing-model'),
  formatVersion: z.literal(1),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  mode: z.enum(['taxonomy', 'generic']),
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
  hybrid: hybridConfigSchema.optional(),
  vocabulary: z.array(z.string()),
  /** Inverse document frequency per vocabulary entry (natural's TfIdf). */
  idf: z.array(z.number()),
  heads: z.array(headSchema),
});
export type Model = z.infer<typeof modelSchema>;
