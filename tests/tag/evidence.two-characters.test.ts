import { describe, expect, it } from 'vitest';
import { widenShortSpan } from '../../src/tag/evidence.js';

const widen = (text: string, term: string) => {
  const start = text.indexOf(term);
  const span = widenShortSpan(text, start, start + term.length);
  return text.slice(span.start, span.end);
};

describe('evidence is at least two characters', () => {
  it('a one-character cue takes the letter before it (真香, 好正)', () => {
    expect(widen('高才通真香', '香')).toBe('真香');
    expect(widen('呢個計劃好正', '正')).toBe('好正');
  });

  it('at the start of a text, or after punctuation, it takes the letter after it', () => {
    expect(widen('爽爆，高才通', '爽')).toBe('爽爆');
    expect(widen('高才通。讚好', '讚')).toBe('讚好');
  });

  it('an emoji counts as one character (a surrogate pair), and takes its neighbour too', () => {
    expect(widen('高才通👍', '👍')).toBe('通👍');
  });

  it('an astral letter beside a one-character cue is taken whole, never half a surrogate pair', () => {
    // U+10000 is the first pair (D800 DC00), U+203FF ends in DFFF: both edges of the surrogate ranges.
    expect(widen('\u{10000}香', '香')).toBe('\u{10000}香');
    expect(widen('高\u{203FF}香', '香')).toBe('\u{203FF}香');
    expect(widen('。香\u{10000}', '香')).toBe('香\u{10000}');
    expect(widen('高\u{10000}', '\u{10000}')).toBe('高\u{10000}');
    expect(widen('。\u{203FF}高', '\u{203FF}')).toBe('\u{203FF}高');
  });

  it('a span of two characters or more is left as it is', () => {
    expect(widen('高才通續簽', '續簽')).toBe('續簽');
    expect(widen('A😀😀', '😀😀')).toBe('😀😀');
  });

  it('a lone character with no letter on either side stays one character', () => {
    expect(widen('。香。', '香')).toBe('香');
  });
});
