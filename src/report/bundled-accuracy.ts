/** The tagger's accuracy on the bundled labelled corpus (lexicons/report/accuracy.yaml), shown when a report has no validation sample. */
import { z } from 'zod';

export const bundledAccuracySchema = z.strictObject({
  corpus: z.string(),
  posts: z.int().min(1),
  lexicon: z.strictObject({ id: z.string(), version: z.string() }),
  taggers: z
    .array(
      z.strictObject({
        tagger: z.string(),
        relevance_f1: z.number(),
        topic_macro_f1: z.number(),
        viewpoint_micro_f1: z.number(),
        polarity_macro_f1: z.number(),
        topic_share_error_pp: z.number(),
      }),
    )
    .min(1),
});
export type BundledAccuracy = z.infer<typeof bundledAccuracySchema>;
