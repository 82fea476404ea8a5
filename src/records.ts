/**
 * The records passed between stages and files. Schemas are the single source of truth;
 * types are inferred from them.
 */
import { z } from 'zod';
import { idEnum } from './study/schema.js';
import type { Taxonomy } from './study/taxonomy.js';
import { KINDS, POLARITIES } from './taxonomy.js';

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

/** The label fields with any IDs; records are read with labelsShapeFor(the study's taxonomy). */
export const labelsShape = {
  region: z.string(),
  relevant: z.boolean(),
  topics: z.array(z.string()),
  viewpoints: z.array(z.string()),
  polarity: z.enum(POLARITIES),
};

/** The label fields holding only the taxonomy's IDs. */
export function labelsShapeFor(taxonomy: Taxonomy) {
  return {
    region: idEnum(taxonomy.regions),
    relevant: z.boolean(),
    topics: z.array(idEnum(taxonomy.topics)),
    viewpoints: z.array(idEnum(taxonomy.viewpoints)),
    polarity: z.enum(POLARITIES),
  };
}

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

/** A classified record whose labels are the taxonomy's. */
export function classifiedSchemaFor(taxonomy: Taxonomy) {
  return classifiedSchema.extend(labelsShapeFor(taxonomy));
}

/** A labelled record of a gold corpus: the same labels, evidence optional, text required. */
export const goldSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  platform: z.string().optional(),
  ...labelsShape,
});
export type Gold = z.infer<typeof goldSchema>;

/** A labelled record whose labels are the taxonomy's. */
export function goldSchemaFor(taxonomy: Taxonomy) {
  return goldSchema.extend(labelsShapeFor(taxonomy));
}

/** Fields the classifier writes; input fields of the same names are replaced. */
export const OUTPUT_FIELDS = ['region', 'relevant', 'topics', 'viewpoints', 'polarity', 'evidence'] as const;

export const KIND_VALUES = KINDS;
