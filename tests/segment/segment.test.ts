import { describe, expect, it } from 'vitest';
import { useSegmenterDictionary } from '../../src/segment/jieba.js';
import { originalTokens, segmentNormalised } from '../../src/segment/segmentation.js';
import { normaliseText } from '../../src/text/normalise.js';
import { segmentLine } from '../../src/cli/commands/text-tools.js';
import { tinyClassifier } from '../helpers.js';

function tokens(text: string): string[] {
  const n = normaliseText(text);
  return originalTokens(n, segmentNormalised(n.text)).map((t) => t.text);
}

describe('segmentation with lexicon terms', () => {
  it('keeps lexicon terms whole in either script', () => {
    useSegmenterDictionary(tinyClassifier().segmenter);
    expect(tokens('高才通續簽好難')).toEqual(expect.arrayContaining(['高才通', '續簽']));
    expect(tokens('高才通续签好难')).toEqual(expect.arrayContaining(['高才通', '续签']));
    expect(tokens('我想轉永居')).toContain('轉永居');
  });

  it('gives tokens with offsets into the original text, in its own script', () => {
    useSegmenterDictionary(tinyClassifier().segmenter);
    const original = '香港ＴＴＰＳ續簽😭好難';
    const n = normaliseText(original);
    for (const t of originalTokens(n, segmentNormalised(n.text))) expect(original.slice(t.start, t.end)).toBe(t.text);
  });

  it('prints one line of space-separated tokens per input line, whitespace dropped', () => {
    useSegmenterDictionary(tinyClassifier().segmenter);
    expect(segmentLine('高才通  續簽')).toBe('高才通 續簽');
  });
});
