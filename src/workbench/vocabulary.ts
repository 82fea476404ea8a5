/**
 * The coding sheet's own words (lexicons/coding/sheet.yaml): sheet names, column headers, the
 * answers accepted for `relevant`, and the coding instructions. Validated here; read by src/io.
 */
import { z } from 'zod';

export const CODED_FIELDS = ['id', 'platform', 'region', 'text', 'relevant', 'topics', 'viewpoints', 'polarity', 'note'] as const;
export type CodedField = (typeof CODED_FIELDS)[number];

const word = z.string().min(1);

export const codingVocabularySchema = z.strictObject({
  sheets: z.strictObject({ coding: word, instructions: word }),
  headers: z.strictObject(Object.fromEntries(CODED_FIELDS.map((f) => [f, word])) as Record<CodedField, typeof word>),
  label_table: z.strictObject({ header: z.tuple([word, word, word]), topic: word, viewpoint: word, polarity: word, relevant: word }),
  yes: z.array(word).min(1),
  no: z.array(word).min(1),
  instructions: word,
});
export type CodingVocabulary = z.infer<typeof codingVocabularySchema>;
