/**
 * The records passed between stages and files. Schemas are the single source of truth;
 * types are inferred from them.
 */
import { z } from 'zod';
import { KINDS, POLARITIES, REGIONS, TOPIC_IDS, VIEWPOINT_IDS } from './taxonomy.js';

/** A post as read from a dump, after column mapping: `id` and `text` always present, the rest carried. */
export const postSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  platform: z.string().optional(),
  region: z.string().optional(),
  published_at: z.string().optional(),
  kind: z.string().optional(),
});
export type Post = z.infer<typeof postSchema>;

export const evidenceSchema = z.strictObject({
  label: z.string(),
  term: z.string(),
  start: z.int().min(0),
  end: z.int().min(0),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const labelsShape = {
  region: z.enum(REGIONS),
  relevant: z.boolean(),
  topics: z.array(z.enum(TOPIC_IDS)),
  viewpoints: z.array(z.enum(VIEWPOINT_IDS)),
  polarity: z.enum(POLARITIES),
};

/** One line of `yuqing classify` output (io.md). */
export const classifiedSchema = z.looseObject({
  id: z.string(),
  platform: z.string().optional(),
  published_at: z.string().optional(),
  kind: z.string().optional(),
  ...labelsShape,
  evidence: z.array(evidenceSchema),
});
export type Classified = z.infer<typeof classifiedSchema>;

/** A labelled record of a gold corpus: the same labels, evidence optional, text required. */
export const goldSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  platform: z.string().optional(),
  ...labelsShape,
});
export type Gold = z.infer<typeof goldSchema>;

/** Fields the classifier writes; input fields of the same names are replaced. */
export const OUTPUT_FIELDS = ['region', 'relevant', 'topics', 'viewpoints', 'polarity', 'evidence'] as const;

export const KIND_VALUES = KINDS;
