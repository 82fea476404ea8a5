/**
 * A labelled post as the lexicon tools read it: classified output (with its text) or a gold
 * corpus record. Only what suggest and diff need; the rest is carried.
 */
import { z } from 'zod';

export const labelledTextSchema = z.looseObject({
  id: z.string().optional(),
  text: z.string(),
  relevant: z.boolean().default(false),
  topics: z.array(z.string()).default([]),
  viewpoints: z.array(z.string()).default([]),
});
export type LabelledPost = z.infer<typeof labelledTextSchema> & { readonly id: string };

/** Does the post carry LABEL (a topic ID, a viewpoint ID, or `relevant`)? */
export function hasLabel(post: LabelledPost, label: string): boolean {
  if (label === 'relevant') return post.relevant;
  return post.topics.includes(label) || post.viewpoints.includes(label);
}
