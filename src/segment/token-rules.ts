/**
 * The data the tokeniser reads amounts with (lexicons/segmenter/tokens.yaml): currency markers
 * before an amount and magnitude words after a number, normalised as texts are.
 */
import { z } from 'zod';
import { normaliseTerm } from '../text/normalise.js';

export const tokenRulesSchema = z.strictObject({
  note: z.string().optional(),
  currencies: z.array(z.string().min(1)).default([]),
  magnitudes: z.array(z.string().min(1)).default([]),
  /**
   * A character that jieba's main dictionary counts at least this often as a word alone (的 了 是 我
   * 这 个 …) stays a word alone: the HMM, meant for names and new words, never joins it to a
   * neighbour. Absent: the HMM may join any character it knows, as jieba does.
   */
  hmm_single_frequency: z.number().positive().optional(),
});
export type TokenRulesFile = z.infer<typeof tokenRulesSchema>;

export interface TokenRules {
  /** Normalised currency markers, longest first (the longest that fits wins). */
  readonly currencies: readonly string[];
  /** Normalised magnitude words, longest first. */
  readonly magnitudes: readonly string[];
  /** 1 at each code unit a currency marker starts with. */
  readonly currencyStarts: Uint8Array;
}

const longestFirst = (words: readonly string[]) =>
  [...new Set(words.map(normaliseTerm).filter((w) => w !== ''))].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

export function compileTokenRules(file: TokenRulesFile): TokenRules {
  return tokenRulesOf(longestFirst(file.currencies), longestFirst(file.magnitudes));
}

/** The rules of word lists already normalised and ordered (as compileTokenRules leaves them). */
export function tokenRulesOf(currencies: readonly string[], magnitudes: readonly string[]): TokenRules {
  const currencyStarts = new Uint8Array(65536);
  for (const word of currencies) currencyStarts[word.charCodeAt(0)] = 1;
  return { currencies, magnitudes, currencyStarts };
}

/** The longest of `words` written at text[at…], or '' when none is. */
export function wordAt(text: string, at: number, words: readonly string[]): string {
  for (const word of words) if (text.startsWith(word, at)) return word;
  return '';
}
