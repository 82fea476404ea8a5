/**
 * The segmenter supplement: a general word list (lexicons/segmenter/*.yaml) added to jieba's
 * dictionary beside the lexicon's own terms, for words jieba's Mainland-trained dictionary lacks
 * (written Cantonese, Hong Kong places and institutions). Words are normalised as texts are.
 */
import { z } from 'zod';
import { normaliseTerm } from '../text/normalise.js';

export const segmenterSupplementSchema = z.strictObject({
  note: z.string().optional(),
  /** jieba frequency given to every word of the file (the lexicon's own terms keep theirs). */
  frequency: z.int().min(1).default(3000),
  words: z.array(z.string().min(1)).default([]),
  /** Dictionary words demoted to `split_frequency`, so that jieba cuts them apart. */
  split_frequency: z.int().min(1).default(1),
  split: z.array(z.string().min(1)).default([]),
});
export type SegmenterSupplement = z.infer<typeof segmenterSupplementSchema>;

export interface WeightedWord {
  readonly word: string;
  readonly frequency: number;
}

/** Lexicon words, then supplement words and demoted words not already there; normalised, sorted by word. */
export function withSupplement(words: readonly WeightedWord[], supplement: SegmenterSupplement): WeightedWord[] {
  const byWord = new Map<string, WeightedWord>();
  for (const w of words) byWord.set(w.word, w);
  const add = (list: readonly string[], frequency: number) => {
    for (const written of list) {
      const word = normaliseTerm(written);
      if (word.length < 2 || /\s/.test(word) || byWord.has(word)) continue;
      byWord.set(word, { word, frequency });
    }
  };
  add(supplement.words, supplement.frequency);
  add(supplement.split, supplement.split_frequency);
  return [...byWord.values()].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
