/**
 * The segmenter as a value: createSegmenter(key, model) → a Segmenter holding the built model (from
 * buildSegmenterModel over jieba's files, or read back from src/io's cache) and its own working
 * memory. Every cut takes the segmenter it cuts with; nothing here is module state. Nothing here
 * calls nodejieba either: its dictionary segmentation is reproduced in dictionary-cut.ts (nodejieba
 * is the reference the tests hold it to).
 */
import { cutWithModel, frequentCharacters, parseWordModel } from './dictionary-cut.js';
import { hmmWithout, parseHmmModel } from './hmm.js';
import { createSegmenterScratch, type SegmenterScratch } from './scratch.js';
import { compileTokenRules, type TokenRulesFile } from './token-rules.js';
import { tokenise, type SegmenterModel, type TokenList } from './tokens.js';

export interface SegmenterFiles {
  /** jieba's main dictionary ("word frequency tag" lines). */
  readonly main: string;
  /** User dictionaries, in load order. */
  readonly users: readonly string[];
  /** jieba's HMM (cppjieba's hmm_model.utf8), or null to cut with the dictionary alone. */
  readonly hmm: string | null;
  /** The amount words (lexicons/segmenter/tokens.yaml). */
  readonly rules: TokenRulesFile;
  /** Characters that stay words alone (the lexicon's one-character terms): the HMM never joins them. */
  readonly singles: readonly string[];
}

export interface Segmenter {
  /** Identifies the dictionary the model was built from (a hash of its files); trained models record it. */
  readonly key: string;
  readonly model: SegmenterModel;
  /** Working memory of the cuts, owned by this value (one thread cuts with it at a time). */
  readonly scratch: SegmenterScratch;
}

export function buildSegmenterModel(files: SegmenterFiles): SegmenterModel {
  const threshold = files.rules.hmm_single_frequency;
  const frequent = files.hmm === null || threshold === undefined ? [] : frequentCharacters(files.main, threshold);
  const hmm = files.hmm === null ? null : hmmWithout(parseHmmModel(files.hmm), [...files.singles, ...frequent]);
  return { words: parseWordModel(files.main, files.users), hmm, rules: compileTokenRules(files.rules) };
}

/** A segmenter over a built model (buildSegmenterModel, or one read back from a cache or another thread). */
export function createSegmenter(key: string, model: SegmenterModel): Segmenter {
  return { key, model, scratch: createSegmenterScratch() };
}

/** The tokens of normalised text (token policy: tokens.ts). */
export function tokeniseText(segmenter: Segmenter, text: string): TokenList {
  return tokenise(text, segmenter.model, segmenter.scratch);
}

/** The tokens themselves; they concatenate to the input exactly. */
export function cutWords(segmenter: Segmenter, text: string): string[] {
  const { starts } = tokeniseText(segmenter, text);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}

/** jieba's dictionary segmentation alone, as `nodejieba.cut(text, false)` gives it (the reference path). */
export function cutDictionaryOnly(segmenter: Segmenter, text: string): string[] {
  return cutWithModel(text, segmenter.model.words, segmenter.scratch);
}

/** jieba's user-dictionary format: one "word frequency tag" line per word. */
export function formatUserDictionary(words: readonly { readonly word: string; readonly frequency: number }[]): string {
  return words.map(({ word, frequency }) => `${word} ${frequency} n\n`).join('');
}
