/**
 * What an example post is chosen by (examples.ts): the model's decision on the viewpoint, read
 * from the record's `model` note (hybrid tagging writes it: who gave each label, and the model's
 * probability), and the viewpoint's evidence spans. A record without a note (lexicon-only tagging,
 * --slim) or with one that is not the shape hybrid tagging writes is ranked by its cues alone.
 */
import { z } from 'zod';
import type { Classified } from '../records.js';
import type { ExampleRank } from './examples.js';

const modelNoteSchema = z.object({
  given: z.record(z.string(), z.enum(['lexicon', 'model', 'both'])),
  probabilities: z.record(z.string(), z.number().min(0).max(1)),
});

type ModelNote = z.infer<typeof modelNoteSchema>;

/** The record's model note when it has the shape hybrid tagging writes, else undefined. */
export function modelNoteOf(record: Classified): ModelNote | undefined {
  const parsed = modelNoteSchema.safeParse(record.model);
  return parsed.success ? parsed.data : undefined;
}

export function exampleRank(record: Classified, note: ModelNote | undefined, idHash: string, viewpoint: string): ExampleRank {
  const probability = note?.probabilities[viewpoint];
  return {
    idHash,
    id: record.id,
    given: note?.given[viewpoint] ?? null,
    probability: probability === undefined ? null : Math.round(probability * 1000) / 1000,
    cues: record.evidence.filter((e) => e.label === viewpoint).length,
  };
}
