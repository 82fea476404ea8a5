import { readFileSync } from 'node:fs';
import { ConverterFactory } from 'opencc-js/core';
import { describe, expect, it } from 'vitest';
import { dictionaryConverter } from '../../src/text/dictionary-converter.js';
import { SIMPLIFIED_CHAIN, SIMPLIFIED_CHAR_CHAIN } from '../../src/text/opencc.js';

const corpusTexts = ['dev.jsonl', 'test.jsonl', 'sample.jsonl'].flatMap((file) =>
  readFileSync(new URL(`../../corpora/talent/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

describe('OpenCC conversion on typed-array tries', () => {
  const edge = ['', '乾隆年間', '頭髮發展', '裏面着數', '𠵾㗲𫵷', '⿰氵每 字', '⿱⿰木木火', '\ud83d後', '戶口 户口 戸口', '著名 著作 穿著'];

  it('gives exactly what opencc-js gives, phrase and character chains, on every bundled post', () => {
    for (const chain of [SIMPLIFIED_CHAIN, SIMPLIFIED_CHAR_CHAIN]) {
      const ours = dictionaryConverter(chain);
      const reference = ConverterFactory(...chain.map((group) => [[...group]]));
      const differ = [...corpusTexts, ...edge].filter((text) => ours(text) !== reference(text));
      expect(differ).toEqual([]);
    }
  });

  it('lets the first dictionary of a group win, and applies groups in turn', () => {
    const convert = dictionaryConverter([['甲乙 一|甲 二', '甲乙 三|乙 四'], ['一 五']]);
    expect(convert('甲乙甲乙')).toBe('五五');
    expect(convert('乙甲丙')).toBe('四二丙');
    expect(convert('丙')).toBe('丙');
  });
});
