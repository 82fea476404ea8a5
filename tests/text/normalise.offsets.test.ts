import { describe, expect, it } from 'vitest';
import { normaliseTerm, normaliseText, toOriginalSpan } from '../../src/text/normalise.js';

describe('normaliseText', () => {
  it('converts Hong Kong Traditional to Simplified with an identity offset map when lengths agree', () => {
    const n = normaliseText('高才通續簽裏面');
    expect(n.text).toBe('高才通续签里面');
    expect(n.startOf).toBeNull();
    expect(toOriginalSpan(n, 3, 5)).toEqual({ start: 3, end: 5 });
  });

  it('folds full-width Latin and case without moving offsets', () => {
    const original = '申請ＴＴＰＳ，IANG續期';
    const n = normaliseText(original);
    expect(n.text).toBe('申请ttps,iang续期');
    const at = n.text.indexOf('ttps');
    const span = toOriginalSpan(n, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('ＴＴＰＳ');
  });

  it('maps spans back exactly when conversion changes the length (a BMP character becomes astral)', () => {
    // opencc turns 㗲 into the astral 𠵾 (two UTF-16 units): the normalised text is one unit longer.
    const original = '報告㗲字，續簽要小心';
    const n = normaliseText(original);
    expect(n.text.length).toBe(original.length + 1);
    expect(n.startOf).not.toBeNull();
    const at = n.text.indexOf('续签');
    const span = toOriginalSpan(n, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('續簽');
    const astral = toOriginalSpan(n, 2, 4);
    expect(original.slice(astral.start, astral.end)).toBe('㗲');
  });

  it('falls back to character conversion when a phrase rule would change the length', () => {
    // The phrase table writes 二噁英 with an astral character; offsets must still hold.
    const original = '報告指二噁英超標，續簽要小心';
    const n = normaliseText(original);
    expect(n.text.length).toBe(original.length);
    const at = n.text.indexOf('续签');
    const span = toOriginalSpan(n, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('續簽');
  });

  it('keeps emoji and astral characters in place', () => {
    const original = '😭高才通𠝹續簽';
    const n = normaliseText(original);
    const at = n.text.indexOf('续签');
    const span = toOriginalSpan(n, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('續簽');
  });

  it('maps a term back exactly on the slow path when an astral character stands before it', () => {
    // 㗲 grows to two units, so the text goes through the code-point path; 😭 (two units) comes first.
    const original = '😭㗲字，續簽要小心';
    const n = normaliseText(original);
    expect(n.startOf).not.toBeNull();
    // Expected offsets counted here in UTF-16 units, independently of the code under test.
    const units = (s: string) => [...s].reduce((sum, c) => sum + (c.codePointAt(0)! > 0xffff ? 2 : 1), 0);
    const start = units('😭㗲字，');
    expect(start).toBe(5);
    const at = n.text.indexOf('续签');
    expect(toOriginalSpan(n, at, at + 2)).toEqual({ start, end: start + 2 });
    expect(toOriginalSpan(n, 0, 2)).toEqual({ start: 0, end: 2 });
    // Each half of the astral 𠵾 maps to the whole of 㗲, never half a pair.
    expect(toOriginalSpan(n, 2, 3)).toEqual({ start: 2, end: 3 });
    expect(toOriginalSpan(n, 3, 4)).toEqual({ start: 2, end: 3 });
  });

  it('maps an empty span on the slow path to a point: before a unit, or the end of the text', () => {
    const original = '㗲續簽';
    const n = normaliseText(original);
    expect(n.startOf).not.toBeNull();
    expect(toOriginalSpan(n, 2, 2)).toEqual({ start: 1, end: 1 });
    expect(toOriginalSpan(n, n.text.length, n.text.length)).toEqual({ start: 3, end: 3 });
  });

  it('leaves Simplified text as it is', () => {
    expect(normaliseText('续签要提前规划').text).toBe('续签要提前规划');
  });
});

describe('normaliseTerm', () => {
  it('trims a lexicon term, then normalises it as texts are', () => {
    expect(normaliseTerm('  續簽\u3000ＴＴＰＳ ')).toBe('续签 ttps');
    expect(normaliseTerm('\t㗲字\n')).toBe('𠵾字');
  });
});
