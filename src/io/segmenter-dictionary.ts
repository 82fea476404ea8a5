/**
 * The segmenter's user dictionary lives in a file (jieba reads files); it is written once per
 * word list, named by its hash, in the system's temporary folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatUserDictionary, segmenterDictionaryFiles, type SegmenterDictionary } from '../segment/jieba.js';
import { withSupplement } from '../segment/supplement.js';
import { writeFileAtomic } from './atomic.js';
import { readSegmenterSupplement } from './segmenter-supplement.js';

export function writeSegmenterDictionary(words: readonly { readonly word: string; readonly frequency: number }[]): SegmenterDictionary {
  const content = formatUserDictionary(words);
  const key = createHash('sha256').update(content).digest('hex').slice(0, 24);
  if (words.length === 0) return withWords({ key, userDictPath: null });
  const path = join(tmpdir(), `yuqing-jieba-${key}.dict`);
  if (!existsSync(path)) writeFileAtomic(path, content);
  return withWords({ key, userDictPath: path });
}

/** The dictionary's files, read when the segmenter first needs them. */
function withWords(dictionary: SegmenterDictionary): SegmenterDictionary {
  const files = () => {
    const [main, ...users] = segmenterDictionaryFiles(dictionary).map((file) => readFileSync(file, 'utf8'));
    return { main: main!, users };
  };
  return { ...dictionary, files };
}

/** The lexicon's words plus the bundled general supplement (lexicons/segmenter/cantonese.yaml). */
export function writeSupplementedDictionary(words: readonly { readonly word: string; readonly frequency: number }[]): SegmenterDictionary {
  return writeSegmenterDictionary(withSupplement(words, readSegmenterSupplement()));
}
