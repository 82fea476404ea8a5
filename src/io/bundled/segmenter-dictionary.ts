/**
 * The segmenter's files: jieba's main dictionary, user dictionary and HMM as nodejieba ships them
 * (read from its package; nodejieba itself is never called), the user dictionary written for a word
 * list (once per list, named by its hash, in the system's temporary folder), and the amount words.
 * The model built from them is cached on disk too (segmenter-cache.ts); segmenterOf hands it to
 * createSegmenter.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { buildSegmenterModel, createSegmenter, formatUserDictionary, type Segmenter, type SegmenterFiles } from '../../segment/jieba.js';
import type { SegmenterModel } from '../../segment/tokens.js';
import { withSupplement } from '../../segment/supplement.js';
import { writeFileAtomic } from '../write/atomic.js';
import { cacheKey, cachedSegmenterModel } from './segmenter-cache.js';
import { readSegmenterSupplement, readTokenRules } from './segmenter-supplement.js';

/** jieba's bundled data files (the package's typings omit these constants; importing loads no native code). */
const { DEFAULT_DICT, DEFAULT_USER_DICT, DEFAULT_HMM_DICT } = nodejieba as unknown as {
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
  DEFAULT_HMM_DICT: string;
};

export interface SegmenterOptions {
  /** Characters the HMM never joins to a neighbour (the lexicon's one-character terms). */
  readonly singles?: readonly string[];
  /** Re-cut the characters the dictionary leaves single with jieba's HMM (default true). */
  readonly hmm?: boolean;
}

/** A segmenter's dictionary on disk: what its model is built from, and how to read it. */
export interface SegmenterDictionary {
  /** Identifies the files (a hash of them); the segmenter built from them carries it. */
  readonly key: string;
  /** The user dictionary file written for the word list (null when the list is empty). */
  readonly userDictPath: string | null;
  /** The files' contents, read when the model is built. */
  readonly files: () => SegmenterFiles;
  /** The model, from the on-disk cache (segmenter-cache.ts) or built and written there. */
  readonly load: () => SegmenterModel;
}

type Words = readonly { readonly word: string; readonly frequency: number }[];

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** The dictionary files jieba reads for a dictionary, in load order. */
export function segmenterDictionaryFiles(dictionary: Pick<SegmenterDictionary, 'userDictPath'>): string[] {
  return dictionary.userDictPath === null ? [DEFAULT_DICT, DEFAULT_USER_DICT] : [DEFAULT_DICT, DEFAULT_USER_DICT, dictionary.userDictPath];
}

export function writeSegmenterDictionary(words: Words, options: SegmenterOptions = {}): SegmenterDictionary {
  const content = formatUserDictionary(words);
  const singles = [...(options.singles ?? [])];
  const hmm = options.hmm ?? true;
  const rules = readTokenRules();
  const key = hashOf([content, singles.join(''), hmm ? 'hmm' : 'dictionary only', JSON.stringify(rules)].join('\0'));
  let userDictPath: string | null = null;
  if (words.length > 0) {
    userDictPath = join(tmpdir(), `yuqing-jieba-${hashOf(content)}.dict`);
    // Named by its content's hash, and checked against it: a file changed since is written again.
    if (!existsSync(userDictPath) || readFileSync(userDictPath, 'utf8') !== content) writeFileAtomic(userDictPath, content);
  }
  const paths = segmenterDictionaryFiles({ userDictPath });
  const files = () => {
    const [main, ...users] = paths.map((file) => readFileSync(file, 'utf8'));
    return { main: main!, users, hmm: hmm ? readFileSync(DEFAULT_HMM_DICT, 'utf8') : null, rules, singles };
  };
  const load = () => cachedSegmenterModel(cacheKey(key, hmm ? [...paths, DEFAULT_HMM_DICT] : paths), () => buildSegmenterModel(files()));
  return { key, userDictPath, files, load };
}

/** The segmenter of a dictionary: its model loaded (or built), handed to createSegmenter. */
export function segmenterOf(dictionary: SegmenterDictionary): Segmenter {
  return createSegmenter(dictionary.key, dictionary.load());
}

/** The lexicon's words plus the bundled general supplement (lexicons/segmenter/cantonese.yaml). */
export function writeSupplementedDictionary(words: Words, options: SegmenterOptions = {}): SegmenterDictionary {
  return writeSegmenterDictionary(withSupplement(words, readSegmenterSupplement()), options);
}

/** The segmenter for a lexicon's words and one-character terms (with the supplement): what a classifier cuts with. */
export function lexiconSegmenter(words: Words, options: SegmenterOptions = {}): Segmenter {
  return segmenterOf(writeSupplementedDictionary(words, options));
}
