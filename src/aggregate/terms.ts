/**
 * Words for keyness: a record's text normalised (Simplified, half-width, lower case), segmented
 * with the classifier's dictionary (lexicon terms stay whole), and filtered by a stop list kept as
 * data (lexicons/report/stopwords.yaml): function words, short tokens, numbers and punctuation go,
 * and spelling variants (two written forms of one word, listed in stopwords.yaml) count as one word.
 */
import { z } from 'zod';
import type { Classifier } from '../classify.js';
import { segmentNormalised } from '../segment/segmentation.js';
import { normaliseTerm, normaliseText, toOriginalSpan } from '../text/normalise.js';

export const stopListSchema = z.strictObject({
  /** Tokens shorter than this (in characters) are dropped. */
  min_length: z.int().min(1),
  /** Words never counted, in either script. */
  words: z.array(z.string()),
  /** Spelling variants counted as one word: variant → the spelling it is counted under (either script). */
  variants: z.record(z.string(), z.string()).optional(),
});
export type StopList = z.infer<typeof stopListSchema>;

/** A study's own stop words (study.yaml `stopwords:`): added to the shared list, whose min_length holds. */
export const studyStopWordsSchema = z.strictObject({
  note: z.string().optional(),
  words: z.array(z.string().min(1)),
  variants: z.record(z.string(), z.string()).optional(),
});
export type StudyStopWords = z.infer<typeof studyStopWordsSchema>;

/** The shared list with a study's own words and variants added. */
export function withStudyStopWords(list: StopList, study: StudyStopWords | undefined): StopList {
  if (study === undefined) return list;
  const variants = { ...(list.variants ?? {}), ...(study.variants ?? {}) };
  return { ...list, words: [...list.words, ...study.words], ...(Object.keys(variants).length > 0 ? { variants } : {}) };
}

export interface TermToken {
  /** The normalised (Simplified, lower-case) word: what is counted. */
  readonly term: string;
  /** The word as written in the original text. */
  readonly surface: string;
}

export type TermTokeniser = (text: string) => readonly TermToken[];

const WORDLIKE = /^[\p{L}\p{N}]+$/u;
const HAS_LETTER = /\p{L}/u;

export function termTokeniser(classifier: Classifier, stop: StopList): TermTokeniser {
  const stopped = new Set(stop.words.map(normaliseTerm));
  const variants = new Map(Object.entries(stop.variants ?? {}).map(([from, to]) => [normaliseTerm(from), normaliseTerm(to)]));
  const keep = (token: string): boolean => [...token].length >= stop.min_length && WORDLIKE.test(token) && HAS_LETTER.test(token) && !stopped.has(token);
  return (text) => {
    const normalised = normaliseText(text);
    const segmentation = segmentNormalised(classifier.segmenter, normalised.text);
    const out: TermToken[] = [];
    segmentation.tokens.forEach((term, i) => {
      if (!keep(term)) return;
      const start = segmentation.starts[i]!;
      const span = toOriginalSpan(normalised, start, start + term.length);
      out.push({ term: variants.get(term) ?? term, surface: text.slice(span.start, span.end) });
    });
    return out;
  };
}
