/**
 * The only module that touches nodejieba. Its dictionary is process-global state, so it is
 * wrapped here: callers say which dictionary they need (by a key and a user-dictionary file) and
 * the wrapper reloads only when that changes.
 */
import nodejieba from 'nodejieba';

export interface SegmenterDictionary {
  /** Identifies the word list (a hash of it); the same key is never loaded twice in a row. */
  readonly key: string;
  /** A jieba user dictionary ("word frequency tag" lines), or null for jieba's own dictionary only. */
  readonly userDictPath: string | null;
}

let loadedKey: string | undefined;

/** jieba's bundled user dictionary, kept in the chain (the package's typings omit this constant). */
const DEFAULT_USER_DICT = (nodejieba as unknown as { DEFAULT_USER_DICT: string }).DEFAULT_USER_DICT;

export function useSegmenterDictionary(dictionary: SegmenterDictionary): void {
  if (loadedKey === dictionary.key) return;
  const userDict =
    dictionary.userDictPath === null
      ? DEFAULT_USER_DICT
      : `${DEFAULT_USER_DICT}|${dictionary.userDictPath}`;
  nodejieba.load({ userDict });
  loadedKey = dictionary.key;
}

/** Cut text into words; the pieces concatenate to the input exactly. */
export function cutWords(text: string): string[] {
  if (loadedKey === undefined) useSegmenterDictionary({ key: 'jieba-default', userDictPath: null });
  return nodejieba.cut(text);
}

/** jieba's user-dictionary format: one "word frequency tag" line per word. */
export function formatUserDictionary(words: readonly { readonly word: string; readonly frequency: number }[]): string {
  return words.map(({ word, frequency }) => `${word} ${frequency} n\n`).join('');
}
