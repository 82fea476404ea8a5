import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON_DIR, DEFAULT_PLATFORMS_FILE, readLexiconSource, readPlatformsFile } from '../../src/io/bundled/lexicon-files.js';
import { segmenterDictionaryFiles, segmenterOf, writeSupplementedDictionary, type SegmenterDictionary } from '../../src/io/bundled/segmenter-dictionary.js';
import { createClassifier } from '../../src/classify.js';
import { cutWithModel, parseWordModel } from '../../src/segment/dictionary-cut.js';
import { cutDictionaryOnly } from '../../src/segment/jieba.js';
import { createSegmenterScratch } from '../../src/segment/scratch.js';
import { normaliseText } from '../../src/text/normalise.js';
import { nativeCut } from './native-jieba.js';
import { talentTaxonomy } from '../helpers.js';

const corpusTexts = (file: string) =>
  readFileSync(new URL(`../../studies/talent/corpus/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);

describe('the JavaScript copy of jieba dictionary segmentation', () => {
  let dictionary: SegmenterDictionary | undefined;
  const classifier = createClassifier({
    taxonomy: talentTaxonomy(),
    lexicon: readLexiconSource(DEFAULT_LEXICON_DIR),
    platforms: readPlatformsFile(DEFAULT_PLATFORMS_FILE, talentTaxonomy()),
    segmenterFor: (words, options) => segmenterOf((dictionary = writeSupplementedDictionary(words, options))),
  });
  const { segmenter } = classifier;
  const files = dictionary!;

  it('cuts every bundled post, normalised or as written, exactly as nodejieba does', () => {
    const texts = ['dev.jsonl', 'sample.jsonl'].flatMap(corpusTexts); // not test.jsonl: never read
    const edge = ['', '，', '  。。\n\t', '香港😭😭高才通！！', 'ttps/qmas 2025年3月7日', 'abc123 def', '續簽續簽續簽'];
    let differ = 0;
    for (const text of [...texts, ...texts.map((t) => normaliseText(t).text), ...edge]) {
      if (cutDictionaryOnly(segmenter, text).join('|') !== nativeCut(files, text).join('|')) differ++;
    }
    expect(texts.length).toBeGreaterThan(1000);
    expect(differ).toBe(0);
  });

  it('keeps a lone surrogate as it is, where nodejieba would give U+FFFD (token lengths agree)', () => {
    const text = '\ud83d高才通';
    expect(cutDictionaryOnly(segmenter, text).join('')).toBe(text);
    expect(cutDictionaryOnly(segmenter, text).map((t) => t.length)).toEqual(nativeCut(files, text).map((t) => t.length));
  });

  it('breaks a tie as cppjieba does: the shorter first word wins', () => {
    // 甲乙 and 乙丙 weigh the same, as do 甲 and 丙: 甲乙|丙 and 甲|乙丙 tie. nodejieba, loaded with
    // these two files, cuts 甲|乙丙 (and 甲乙 alone as one word).
    const main = ['甲 10 n', '乙 5 n', '丙 10 n', '丁 1000 n'].join('\n');
    const model = parseWordModel(main, ['甲乙 50 n\n乙丙 50 n\n']);
    const scratch = createSegmenterScratch();
    expect(cutWithModel('甲乙丙，丁', model, scratch)).toEqual(['甲', '乙丙', '，', '丁']);
    expect(cutWithModel('甲乙', model, scratch)).toEqual(['甲乙']);
    expect(cutWithModel('丙甲乙丙', model, scratch)).toEqual(['丙', '甲', '乙丙']);
  });

  it('reads the files nodejieba loads: the main dictionary, its user dictionary, then ours', () => {
    const paths = segmenterDictionaryFiles(files);
    expect(paths).toHaveLength(3);
    expect(paths[0]).toMatch(/jieba\.dict\.utf8$/);
    expect(paths[2]).toBe(files.userDictPath);
    expect(segmenter.key).toBe(files.key);
  });
});
