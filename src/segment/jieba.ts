/**
 * The only module that touches nodejieba. Its dictionary is process-global state, so it is
 * wrapped here: callers say which dictionary they need (by a key and a user-dictionary file) and
 * the wrapper reloads only when that changes. When the dictionary's files are given, cutting runs
 * on a JavaScript copy of jieba's dictionary segmentation (src/segment/dictionary-cut.ts) and
 * nodejieba is never loaded (it costs a second and a quarter of a GiB).
 */
import nodejieba from 'nodejieba';
import { cutOffsets, cutWithModel, parseWordModel, pushTokenStarts, type WordModel } from './dictionary-cut.js';

export interface SegmenterDictionary {
  /** Identifies the word list (a hash of it); the same key is never loaded twice in a row. */
  readonly key: string;
  /** A jieba user dictionary ("word frequency tag" lines), or null for jieba's own dictionary only. */
  readonly userDictPath: string | null;
  /**
   * The contents of `segmenterDictionaryFiles` (src/io reads them): the main dictionary, then the
   * user dictionaries. When given, cutting needs no native call.
   */
  readonly files?: () => { readonly main: string; readonly users: readonly string[] };
}

/** jieba's bundled dictionaries, kept in the chain (the package's typings omit these constants). */
const { DEFAULT_DICT, DEFAULT_USER_DICT } = nodejieba as unknown as { DEFAULT_DICT: string; DEFAULT_USER_DICT: string };
const JIEBA_DEFAULT: SegmenterDictionary = { key: 'jieba-default', userDictPath: null };

let current: SegmenterDictionary = JIEBA_DEFAULT;
let loadedKey: string | undefined;
let model: { readonly key: string; readonly model: WordModel | null } | undefined;

export function useSegmenterDictionary(dictionary: SegmenterDictionary): void {
  current = dictionary;
}

/** The dictionary files jieba reads for a dictionary, in load order. */
export function segmenterDictionaryFiles(dictionary: SegmenterDictionary): string[] {
  return dictionary.userDictPath === null ? [DEFAULT_DICT, DEFAULT_USER_DICT] : [DEFAULT_DICT, DEFAULT_USER_DICT, dictionary.userDictPath];
}

function nativeCut(text: string): string[] {
  if (loadedKey !== current.key) {
    const userDict = current.userDictPath === null ? DEFAULT_USER_DICT : `${DEFAULT_USER_DICT}|${current.userDictPath}`;
    nodejieba.load({ userDict });
    loadedKey = current.key;
  }
  return nodejieba.cut(text);
}

/**
 * The word model of a dictionary (built once per key; null when its files are not known). Also for
 * handing to worker threads: with `adoptWordModel` a worker uses it instead of building its own.
 */
export function wordModelOf(dictionary: SegmenterDictionary): WordModel | null {
  if (model?.key !== dictionary.key) {
    const files = dictionary.files?.();
    model = { key: dictionary.key, model: files ? parseWordModel(files.main, files.users) : null };
  }
  return model.model;
}

export function adoptWordModel(dictionary: SegmenterDictionary, words: WordModel): void {
  model = { key: dictionary.key, model: words };
}

/** Cut text into words, as `nodejieba.cut` does; the pieces concatenate to the input exactly. */
export function cutWords(text: string): string[] {
  const words = wordModelOf(current);
  return words === null ? nativeCut(text) : cutWithModel(text, words);
}

/** Where the words of `text` start (cutWords without making the words). */
export function cutStarts(text: string): number[] {
  const words = wordModelOf(current);
  if (words !== null) return cutOffsets(text, words);
  const starts: number[] = [];
  pushTokenStarts(nativeCut(text), 0, text.length, starts);
  return starts;
}

/** Cut with nodejieba itself, whatever the dictionary (the reference the JavaScript copy is tested against). */
export function cutWordsNative(text: string): string[] {
  return nativeCut(text);
}

/** jieba's user-dictionary format: one "word frequency tag" line per word. */
export function formatUserDictionary(words: readonly { readonly word: string; readonly frequency: number }[]): string {
  return words.map(({ word, frequency }) => `${word} ${frequency} n\n`).join('');
}
