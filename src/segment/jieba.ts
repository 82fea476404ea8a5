/**
 * The segmenter in use. Callers say which dictionary they need (useSegmenterDictionary); its files
 * — jieba's main dictionary and user dictionaries, jieba's HMM, the amount words — are read by
 * src/io and handed over as text, and the model built from them is kept for the last dictionary
 * used. Nothing here calls nodejieba: its dictionary segmentation is reproduced in
 * dictionary-cut.ts (nodejieba is the reference the tests hold it to).
 */
import { cutWithModel, frequentCharacters, parseWordModel } from './dictionary-cut.js';
import { hmmWithout, parseHmmModel } from './hmm.js';
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

export interface SegmenterDictionary {
  /** Identifies the files (a hash of them); a model is built once per key. */
  readonly key: string;
  /** The user dictionary file written for the word list (null when the list is empty). */
  readonly userDictPath: string | null;
  /** The files' contents, read when the model is first needed. */
  readonly files: () => SegmenterFiles;
  /** The model itself, when the caller keeps it somewhere faster to read (src/io caches it on disk). */
  readonly load?: () => SegmenterModel;
}

let current: SegmenterDictionary | undefined;
let built: { readonly key: string; readonly model: SegmenterModel } | undefined;

export function useSegmenterDictionary(dictionary: SegmenterDictionary): void {
  current = dictionary;
}

export function buildSegmenterModel(files: SegmenterFiles): SegmenterModel {
  const threshold = files.rules.hmm_single_frequency;
  const frequent = files.hmm === null || threshold === undefined ? [] : frequentCharacters(files.main, threshold);
  const hmm = files.hmm === null ? null : hmmWithout(parseHmmModel(files.hmm), [...files.singles, ...frequent]);
  return { words: parseWordModel(files.main, files.users), hmm, rules: compileTokenRules(files.rules) };
}

/**
 * The model of a dictionary (built once per key). Also for handing to worker threads: with
 * `adoptSegmenterModel` a worker uses it instead of building its own.
 */
export function segmenterModelOf(dictionary: SegmenterDictionary): SegmenterModel {
  if (built?.key !== dictionary.key) built = { key: dictionary.key, model: dictionary.load?.() ?? buildSegmenterModel(dictionary.files()) };
  return built.model;
}

export function adoptSegmenterModel(dictionary: SegmenterDictionary, model: SegmenterModel): void {
  built = { key: dictionary.key, model };
}

function active(): SegmenterModel {
  if (current === undefined) throw new Error('no segmenter dictionary in use: call useSegmenterDictionary first');
  return segmenterModelOf(current);
}

/** The tokens of normalised text (token policy: tokens.ts). */
export function tokeniseText(text: string): TokenList {
  return tokenise(text, active());
}

/** The tokens themselves; they concatenate to the input exactly. */
export function cutWords(text: string): string[] {
  const { starts } = tokeniseText(text);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}

/** jieba's dictionary segmentation alone, as `nodejieba.cut(text, false)` gives it (the reference path). */
export function cutDictionaryOnly(text: string): string[] {
  return cutWithModel(text, active().words);
}

/** jieba's user-dictionary format: one "word frequency tag" line per word. */
export function formatUserDictionary(words: readonly { readonly word: string; readonly frequency: number }[]): string {
  return words.map(({ word, frequency }) => `${word} ${frequency} n\n`).join('');
}
