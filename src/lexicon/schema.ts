/**
 * zod schemas for the lexicon's YAML files; every lexicon type is inferred from them.
 * The format is described for people in docs/lexicon-format.md.
 */
import { z } from 'zod';
import type { Taxonomy } from '../study/taxonomy.js';
import { POLARITIES } from '../taxonomy.js';

const note = z.string().optional();

/** A term as written: YAML may read 555 or 2.0 as numbers, so numbers are taken as their text. */
const termText = z
  .union([z.string(), z.number()], {
    error: (issue) =>
      typeof issue.input === 'object' && issue.input !== null
        ? 'expected a plain term here, got a mapping (this list takes no {term: …} entries; put notes in a YAML comment)'
        : `expected a term (text), got ${issue.input === null || issue.input === undefined ? 'nothing' : typeof issue.input}`,
  })
  .transform((v) => String(v).trim())
  .pipe(z.string().min(1, 'a term cannot be empty'));
const weight = z.number().positive().optional();

export const termCueSchema = z.strictObject({
  term: termText,
  boundary: z.enum(['token', 'free']).optional(),
  negatable: z.boolean().optional(),
  weight,
  note,
});

export const allCueSchema = z.strictObject({
  all: z.array(z.array(termText).min(1)).min(2),
  negatable: z.boolean().optional(),
  weight,
  note,
});

export const cueSchema = z.union([termText, termCueSchema, allCueSchema]);
export const cueListSchema = z.array(cueSchema).default([]);

export const examplesSchema = z.strictObject({
  match: z.array(z.string().min(1)).default([]),
  nomatch: z.array(z.string().min(1)).default([]),
});

export const settingsSchema = z.strictObject({
  negation_window: z.int().min(0).max(10).default(3),
  strong_weight: z.number().default(2),
  weak_weight: z.number().default(1),
  context_weight: z.number().default(1),
  counter_weight: z.number().default(-2),
  relevance_threshold: z.number().default(2),
  max_count_per_term: z.int().min(1).default(3),
  viewpoint_lean_weight: z.number().min(0).default(1),
  polar_min: z.number().min(0).default(1),
  mixed_min: z.number().min(0).default(1),
  mixed_ratio: z.number().min(0).max(1).default(0.5),
  segmenter_frequency: z.int().min(1).default(2000),
});

export const manifestSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'an id of lower-case letters, digits, - and _'),
  version: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  settings: settingsSchema.default(settingsSchema.parse({})),
});

export const relevanceSchema = z.strictObject({
  strong: cueListSchema,
  weak: cueListSchema,
  context: cueListSchema,
  counter: cueListSchema,
});

export const topicEntrySchema = z.strictObject({
  label: z.string().optional(),
  note,
  cues: cueListSchema,
  examples: examplesSchema.optional(),
});

/** An unknown key of a record keyed by taxonomy IDs: say which IDs exist. */
function unknownId(kind: string, ids: readonly string[]) {
  return (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `${(issue.keys ?? []).join(', ')} is not a ${kind} ID of the study's taxonomy (expected one of ${ids.join(', ')})`
      : undefined;
}

/** topics.yaml: an entry for every topic of the taxonomy, and no other. */
export function topicsSchemaFor(taxonomy: Taxonomy) {
  return z.record(z.enum(taxonomy.topics), topicEntrySchema, { error: unknownId('topic', taxonomy.topics) });
}

export const viewpointEntrySchema = z.strictObject({
  topic: z.string(),
  label: z.string().optional(),
  polarity: z.enum(POLARITIES).default('neutral'),
  needs_topic: z.boolean().default(false),
  note,
  cues: cueListSchema,
  examples: examplesSchema.optional(),
});

/** A viewpoints/*.yaml file: entries for viewpoints of the taxonomy, each under its taxonomy topic. */
export function viewpointFileSchemaFor(taxonomy: Taxonomy) {
  return z
    .partialRecord(z.enum(taxonomy.viewpoints), viewpointEntrySchema, { error: unknownId('viewpoint', taxonomy.viewpoints) })
    .superRefine((entries, ctx) => {
      for (const [id, entry] of Object.entries(entries)) {
        const topic = taxonomy.topicOf[id];
        if (entry !== undefined && entry.topic !== topic) {
          ctx.addIssue({
            code: 'custom',
            path: [id, 'topic'],
            message: `viewpoint ${id} belongs to topic ${topic} in the study's taxonomy, not ${entry.topic}`,
          });
        }
      }
    });
}

export const polaritySchema = z.strictObject({
  positive: cueListSchema,
  negative: cueListSchema,
  negators: z.array(termText).default([]),
  intensifiers: z.array(termText).default([]),
  sarcasm: cueListSchema,
});

export const segmenterSchema = z.strictObject({
  note,
  words: z.array(termText).default([]),
});

export type Cue = z.infer<typeof cueSchema>;
export type TermCue = z.infer<typeof termCueSchema>;
export type AllCue = z.infer<typeof allCueSchema>;
export type Examples = z.infer<typeof examplesSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type LexiconManifest = z.infer<typeof manifestSchema>;
export type RelevanceCues = z.infer<typeof relevanceSchema>;
export type TopicEntry = z.infer<typeof topicEntrySchema>;
export type ViewpointEntry = z.infer<typeof viewpointEntrySchema>;
export type PolarityCues = z.infer<typeof polaritySchema>;
