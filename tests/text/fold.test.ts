/** Width and case folding (fold.ts): full-width ASCII to half-width, U+3000 to a space, A–Z to a–z; the length never changes. */
import { describe, expect, it } from 'vitest';
import { foldWidthAndCase } from '../../src/text/fold.js';

describe('width and case folding', () => {
  it('folds the whole full-width block, its first and last characters included, and nothing beside it', () => {
    expect(foldWidthAndCase('！～')).toBe('!~');
    expect(foldWidthAndCase('\uff00\uff5f')).toBe('\uff00\uff5f');
    expect(foldWidthAndCase('ＴＴＰＳ１２３ａｂｃ＠＃')).toBe('ttps123abc@#');
  });

  it('lower-cases full-width Ａ–Ｚ, its first and last letters included, and not the signs beside them', () => {
    expect(foldWidthAndCase('＠ＡＺ［｀ａｚ｛')).toBe('@az[`az{');
  });

  it('lower-cases A–Z only, and leaves other letters, digits and Han as they are', () => {
    expect(foldWidthAndCase('AZaz@[`{09')).toBe('azaz@[`{09');
    expect(foldWidthAndCase('ÉÀ高才通Ωω')).toBe('ÉÀ高才通Ωω');
  });

  it('turns an ideographic space into a space and keeps every other space', () => {
    expect(foldWidthAndCase('高才通\u3000續簽 ok\u00a0')).toBe('高才通 續簽 ok\u00a0');
  });

  it('returns the string itself when nothing folds', () => {
    const s = '高才通续签 ok';
    expect(foldWidthAndCase(s)).toBe(s);
  });

  it('folds long texts whole, past the chunks it is built in, at the same length', () => {
    const text = `${'高'.repeat(10000)}Ａ${'才'.repeat(10000)}Ｂ`;
    const folded = foldWidthAndCase(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe(`${'高'.repeat(10000)}a${'才'.repeat(10000)}b`);
  });
});
