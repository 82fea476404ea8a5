/**
 * nodejieba itself, the reference the JavaScript segmenter is held to. Its dictionary is process
 * state: it is reloaded whenever a test asks for another user dictionary.
 */
import nodejieba from 'nodejieba';
import type { SegmenterDictionary } from '../../src/io/bundled/segmenter-dictionary.js';

const { DEFAULT_USER_DICT } = nodejieba as unknown as { DEFAULT_USER_DICT: string };
let loaded: string | null | undefined;

function load(dictionary: Pick<SegmenterDictionary, 'userDictPath'>): void {
  if (loaded === dictionary.userDictPath) return;
  nodejieba.load({ userDict: dictionary.userDictPath === null ? DEFAULT_USER_DICT : `${DEFAULT_USER_DICT}|${dictionary.userDictPath}` });
  loaded = dictionary.userDictPath;
}

/** `nodejieba.cut(text)`: jieba's dictionary segmentation (no HMM). */
export function nativeCut(dictionary: Pick<SegmenterDictionary, 'userDictPath'>, text: string): string[] {
  load(dictionary);
  return nodejieba.cut(text);
}

/** `nodejieba.cut(text, true)`: the dictionary, then the HMM over runs of single characters. */
export function nativeCutHmm(dictionary: Pick<SegmenterDictionary, 'userDictPath'>, text: string): string[] {
  load(dictionary);
  return nodejieba.cut(text, true);
}
