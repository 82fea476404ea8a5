import { readFileSync } from 'node:fs';
import { ConverterFactory } from 'opencc-js/core';
import { describe, expect, it } from 'vitest';
import { dictionaryConverter } from '../../src/text/dictionary-converter.js';
import { SIMPLIFIED_CHAIN, SIMPLIFIED_CHAR_CHAIN } from '../../src/text/opencc.js';

// Not test.jsonl: its posts are never read, and a failure here would print them.
const corpusTexts = ['dev.jsonl', 'sample.jsonl'].flatMap((file) =>
  readFileSync(new URL(`../../studies/talent/corpus/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

describe('OpenCC conversion on typed-array tries', () => {
  const edge = ['', '乾隆年間', '頭髮發展', '裏面着數', '𠵾㗲𫵷', '⿰氵每 字', '⿱⿰木木火', '\ud83d後', '戶口 户口 戸口', '著名 著作 穿著'];

  it('gives exactly what opencc-js gives, phrase and character chains, on every bundled development and sample post', () => {
    for (const chain of [SIMPLIFIED_CHAIN, SIMPLIFIED_CHAR_CHAIN]) {
      const ours = dictionaryConverter(chain);
      const reference = ConverterFactory(...chain.map((group) => [[...group]]));
      const differ = [...corpusTexts, ...edge].filter((text) => ours(text) !== reference(text));
      expect(differ).toEqual([]);
    }
  });

  it('leaves the components of an ideographic description sequence unconverted, by the arity of each descriptor', () => {
    // As opencc-js reads them (checked against its converter): ⿰ ⿱ ⿴ … ⿿ take two components, ⿲ ⿳ three; U+2FEF is none.
    const convert = dictionaryConverter([['髮 发']]);
    expect(['⿰', '⿱', '⿴', '\u2fff'].map((d) => convert(`${d}髮髮髮`))).toEqual(['⿰', '⿱', '⿴', '\u2fff'].map((d) => `${d}髮髮发`));
    expect(['⿲', '⿳'].map((d) => convert(`${d}髮髮髮髮`))).toEqual(['⿲髮髮髮发', '⿳髮髮髮发']);
    expect(convert('\u2fef髮')).toBe('\u2fef发');
    // A component may be astral (two units) or U+FFFF (one); a descriptor at the end has no components.
    expect(convert('⿰𠝹髮髮')).toBe('⿰𠝹髮发');
    expect(convert('⿰\uffff髮髮')).toBe('⿰\uffff髮发');
    expect(convert('髮⿰髮')).toBe('发⿰发');
  });

  it('skips an ideographic description sequence that starts after the first character by its own length', () => {
    const convert = dictionaryConverter([['髮 发']]);
    expect(convert('髮⿰髮髮髮')).toBe('发⿰髮髮发');
    expect(convert('髮髮⿲髮髮髮髮')).toBe('发发⿲髮髮髮发');
  });

  it('reads a component below the descriptor block as a plain character, not as a descriptor', () => {
    expect(dictionaryConverter([['髮 发']])('⿰ab髮髮髮髮髮髮')).toBe('⿰ab发发发发发发');
  });

  it('lets the first dictionary of a group win, and applies groups in turn', () => {
    const convert = dictionaryConverter([['甲乙 一|甲 二', '甲乙 三|乙 四'], ['一 五']]);
    expect(convert('甲乙甲乙')).toBe('五五');
    expect(convert('乙甲丙')).toBe('四二丙');
    expect(convert('丙')).toBe('丙');
  });
});
