/** Token boundaries (boundaries.ts): where tokens start and end, the token before an end, and a refusal once stale. */
import { describe, expect, it } from 'vitest';
import { segmentationBoundaries } from '../../src/segment/boundaries.js';

const of = (tokens: string[]) => {
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length;
  }
  return segmentationBoundaries(at, { tokens, starts, kinds: tokens.map(() => 0), inner: [] });
};

describe('token boundaries', () => {
  it('start at each token start and end at each token end, the text end included', () => {
    const b = of(['高才通', '續簽', '好', '難']);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((p) => b.isStart(p))).toEqual([true, false, false, true, false, true, true, false]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((p) => b.isEnd(p))).toEqual([false, false, false, true, false, true, true, true]);
  });

  it('give the start of the token that ends at an offset, and −1 where none ends', () => {
    const b = of(['高才通', '續簽', '好']);
    expect([3, 5, 6].map((p) => b.previousStart(p))).toEqual([0, 3, 5]);
    expect(b.previousStart(4)).toBe(-1);
    expect(b.previousStart(0)).toBe(-1);
  });

  it('skip empty tokens', () => {
    const b = segmentationBoundaries(3, { tokens: ['高', '', '才通'], starts: [0, 1, 1], kinds: [0, 0, 0], inner: [] });
    expect([b.isStart(1), b.isEnd(1), b.previousStart(3)]).toEqual([true, true, 1]);
  });

  it('forget the previous text: a second call replaces the first, which then refuses to answer', () => {
    const first = of(['高才通', '續簽']);
    const second = of(['高', '才通續簽']);
    expect([second.isStart(1), second.isStart(3), second.isEnd(5)]).toEqual([true, false, true]);
    expect(() => first.isStart(0)).toThrow(/used after the next segmentation/);
    expect(() => first.isEnd(3)).toThrow(/used after the next segmentation/);
    expect(() => first.previousStart(3)).toThrow(/used after the next segmentation/);
  });

  it('grow for long texts', () => {
    const tokens = Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? '高才' : '通'));
    const b = of(tokens);
    expect([b.isStart(4497), b.isEnd(4500), b.previousStart(4500), b.previousStart(4499)]).toEqual([true, true, 4499, 4497]);
  });
});
