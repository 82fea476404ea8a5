/**
 * The tokeniser's character classes (segment/char-class.ts) and its amount rules
 * (segment/token-rules.ts). unicodeClass is tested directly: charClass remembers each answer for
 * the process, so a test that went through it could read an answer an earlier test left.
 */
import { describe, expect, it } from 'vitest';
import {
  CHAR_DIGIT,
  CHAR_HAN,
  CHAR_HIGH_SURROGATE,
  CHAR_LETTER,
  CHAR_OTHER,
  CHAR_PICTOGRAPH,
  CHAR_SPACE,
  charClass,
  isAstralHan,
  unicodeClass,
} from '../../src/segment/char-class.js';
import { compileTokenRules, tokenRulesOf, wordAt } from '../../src/segment/token-rules.js';

const code = (c: string) => c.charCodeAt(0);

describe('the class of an ASCII character, by range', () => {
  it('puts the edges of each range in it and their neighbours outside', () => {
    const cases: [string, number][] = [
      ['a', CHAR_LETTER],
      ['z', CHAR_LETTER],
      ['`', CHAR_OTHER],
      ['{', CHAR_OTHER],
      ['A', CHAR_LETTER],
      ['Z', CHAR_LETTER],
      ['@', CHAR_OTHER],
      ['[', CHAR_OTHER],
      ['0', CHAR_DIGIT],
      ['9', CHAR_DIGIT],
      ['/', CHAR_OTHER],
      [':', CHAR_OTHER],
      [' ', CHAR_SPACE],
      ['\t', CHAR_SPACE],
      ['\r', CHAR_SPACE],
      ['\u0008', CHAR_OTHER],
      ['\u000e', CHAR_OTHER],
      ['\u007f', CHAR_OTHER],
    ];
    expect(cases.map(([c]) => charClass(code(c)))).toEqual(cases.map(([, k]) => k));
  });

  it('puts the main CJK block in Han by range, its edges included', () => {
    expect([0x4e00, 0x9fff, 0x4e2d].map(charClass)).toEqual([CHAR_HAN, CHAR_HAN, CHAR_HAN]);
  });
});

describe('the class of any other code unit, by its Unicode properties', () => {
  it('names Han outside the main block, letters and marks of other scripts, spaces, pictographs and the rest', () => {
    const cases: [string, number][] = [
      ['\u3400', CHAR_HAN], // extension A
      ['\uf900', CHAR_HAN], // compatibility ideograph
      ['\u3007', CHAR_HAN], // 〇
      ['é', CHAR_LETTER],
      ['α', CHAR_LETTER],
      ['ア', CHAR_LETTER],
      ['한', CHAR_LETTER],
      ['\u0301', CHAR_LETTER], // combining acute: a mark
      ['\u3000', CHAR_SPACE],
      ['\u00a0', CHAR_SPACE],
      ['\u2028', CHAR_SPACE],
      ['☀', CHAR_PICTOGRAPH],
      ['❤', CHAR_PICTOGRAPH],
      ['，', CHAR_OTHER],
      ['。', CHAR_OTHER],
      ['€', CHAR_OTHER],
      ['\ud83d', CHAR_HIGH_SURROGATE],
      ['\udbff', CHAR_HIGH_SURROGATE],
      ['\ud800', CHAR_HIGH_SURROGATE],
      ['\udc00', CHAR_OTHER],
      ['\udfff', CHAR_OTHER],
    ];
    expect(cases.map(([c]) => unicodeClass(code(c)))).toEqual(cases.map(([, k]) => k));
    // charClass gives the same answers (and keeps them).
    expect(cases.map(([c]) => charClass(code(c)))).toEqual(cases.map(([, k]) => k));
  });

  it('counts a code point of the Han extensions beyond the BMP as Han, and no other astral character', () => {
    expect(isAstralHan(0x20779)).toBe(true);
    expect(isAstralHan(0x20000)).toBe(true);
    expect(isAstralHan(0x3134a)).toBe(true);
    expect(isAstralHan(0x1f600)).toBe(false);
    expect(isAstralHan(0x4e00)).toBe(false);
    expect(isAstralHan(0x40000)).toBe(false);
  });
});

describe('the amount rules', () => {
  it('normalise the words as texts are (one script, lower case), drop empty and repeated ones, and put the longest first (ties in code-unit order)', () => {
    const rules = compileTokenRules({ currencies: ['$', 'HK$', 'HKD', 'hkd', '  '], magnitudes: ['萬', '萬', 'K', '億', 'bn'] });
    expect(rules.currencies).toEqual(['hk$', 'hkd', '$']);
    expect(rules.magnitudes).toEqual(['bn', 'k', '万', '亿']);
    expect([...rules.currencyStarts.keys()].filter((k) => rules.currencyStarts[k] === 1)).toEqual([code('$'), code('h')]);
  });

  it('take the first word written at a place, so the longest when the list is longest first', () => {
    const words = ['hk$', 'hkd', 'hk', '$'];
    expect(wordAt('付hk$50', 1, words)).toBe('hk$');
    expect(wordAt('hk50', 0, words)).toBe('hk');
    expect(wordAt('付hk$50', 0, words)).toBe('');
    expect(wordAt('$', 0, tokenRulesOf([], []).currencies)).toBe('');
  });
});
