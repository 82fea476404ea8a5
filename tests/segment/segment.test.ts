import { describe, expect, it } from 'vitest';
import { segmenterOf, writeSegmenterDictionary } from '../../src/io/bundled/segmenter-dictionary.js';
import { cutWords, type Segmenter } from '../../src/segment/jieba.js';
import { originalTokens, segmentNormalised } from '../../src/segment/segmentation.js';
import { normaliseText } from '../../src/text/normalise.js';
import { segmentLine } from '../../src/cli/commands/text-tools.js';
import { tinyClassifier } from '../helpers.js';

function tokens(text: string): string[] {
  const n = normaliseText(text);
  return originalTokens(n, segmentNormalised(tinyClassifier().segmenter, n.text)).map((t) => t.text);
}

describe('segmentation with lexicon terms', () => {
  it('keeps lexicon terms whole in either script', () => {
    expect(tokens('高才通續簽好難')).toEqual(expect.arrayContaining(['高才通', '續簽']));
    expect(tokens('高才通续签好难')).toEqual(expect.arrayContaining(['高才通', '续签']));
    expect(tokens('我想轉永居')).toContain('轉永居');
  });

  it.each([
    ['the fast path', '香港ＴＴＰＳ續簽😭好難'],
    ['the slow path, an astral character first', '😭㗲香港ＴＴＰＳ續簽 好難'],
  ])('gives tokens that tile the original text, in its own script, on %s', (_path, original) => {
    const n = normaliseText(original);
    const tokens = originalTokens(n, segmentNormalised(tinyClassifier().segmenter, n.text));
    // Each token starts where the one before ended (whitespace between them dropped) and the last ends the text.
    let at = 0;
    for (const t of tokens) {
      expect(original.slice(at, t.start).trim()).toBe('');
      expect(t.end).toBeGreaterThan(t.start);
      at = t.end;
    }
    expect(at).toBe(original.length);
    expect(tokens.map((t) => t.text).join('')).toBe(original.replace(/\s/g, ''));
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['香港', '續簽']));
  });

  it('prints one line of space-separated tokens per input line, whitespace dropped', () => {
    expect(segmentLine(tinyClassifier().segmenter, '高才通  續簽')).toBe('高才通 續簽');
  });
});

describe('segmenters are values', () => {
  it('cut with their own dictionaries, interleaved, without one changing the other', () => {
    const plain = segmenterOf(writeSegmenterDictionary([]));
    const tiny = tinyClassifier().segmenter;
    const cut = (segmenter: Segmenter) => cutWords(segmenter, normaliseText('我想轉永居').text);
    const withTerm = cut(tiny);
    const without = cut(plain);
    expect(withTerm).toContain('转永居');
    expect(without).not.toContain('转永居');
    // Again, the other way round: the last one used does not decide.
    expect(cut(plain)).toEqual(without);
    expect(cut(tiny)).toEqual(withTerm);
    expect(plain.key).not.toBe(tiny.key);
  });
});
