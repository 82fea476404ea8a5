/** Token boundaries (boundaries.ts): where tokens start and end, the token before an end, and a refusal once stale. */
import { describe, expect, it } from 'vitest';
import { segmentationBoundaries } from '../../src/segment/boundaries.js';
import { TOKEN_KINDS, type TokenKind } from '../../src/segment/tokens.js';

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

  it('of one text stay valid after another text is cut', () => {
    const first = of(['高才通', '續簽']);
    const second = of(['高', '才通續簽']);
    expect([second.isStart(1), second.isStart(3), second.isEnd(5)]).toEqual([true, false, true]);
    expect([first.isStart(0), first.isStart(1), first.isEnd(3), first.previousStart(5)]).toEqual([true, false, true, 3]);
  });

  it('grow for long texts', () => {
    const tokens = Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? '高才' : '通'));
    const b = of(tokens);
    expect([b.isStart(4497), b.isEnd(4500), b.previousStart(4500), b.previousStart(4499)]).toEqual([true, true, 4499, 4497]);
  });

  it('grow past the length of every earlier text, to the very end of a long one', () => {
    of(['短']);
    const long = Array.from({ length: 1024 }, () => '字');
    const b = of(long);
    expect([b.isEnd(1024), b.previousStart(1024), b.isStart(1023)]).toEqual([true, 1023, true]);
    const longer = of([...long, '長尾']);
    expect([longer.isEnd(1026), longer.previousStart(1026), longer.isStart(1024)]).toEqual([true, 1024, true]);
  });

  it('answer no outside the text', () => {
    const b = of(['高才', '通']);
    expect([b.isStart(-1), b.isStart(3), b.isStart(9), b.isEnd(9), b.previousStart(9), b.isSealed(9)]).toEqual([false, false, false, false, -1, false]);
  });
});

describe('token boundaries of sealed tokens and hashtags', () => {
  const cut = (tokens: [string, TokenKind][], inner: number[] = []) => {
    const starts: number[] = [];
    let at = 0;
    for (const [t] of tokens) {
      starts.push(at);
      at += t.length;
    }
    return segmentationBoundaries(at, { tokens: tokens.map(([t]) => t), starts, kinds: tokens.map(([, k]) => TOKEN_KINDS.indexOf(k)), inner });
  };

  it('seal the inside of a URL, an e-mail address and a mention, not their edges, and nothing else', () => {
    const b = cut([
      ['睇', 'word'],
      ['www.a.hk', 'url'],
      ['a@b.hk', 'email'],
      ['@小明', 'mention'],
      ['#高才', 'hashtag'],
      ['abc', 'letters'],
    ]);
    const sealed = Array.from({ length: 23 }, (_, p) => (b.isSealed(p) ? 1 : 0)).join('');
    // 睇 | www.a.hk (1–9) | a@b.hk (9–15) | @小明 (15–18) | #高才 (18–21) | abc (21–24)
    expect(sealed).toBe('00111111101111101100000');
  });

  it('add the inner word starts of a hashtag as token starts and ends, in order with the others', () => {
    const b = cut(
      [
        ['#香港人才#', 'hashtag'],
        ['好', 'word'],
      ],
      [1, 3, 5],
    );
    expect([0, 1, 2, 3, 4, 5, 6].map((p) => b.isStart(p))).toEqual([true, true, false, true, false, true, true]);
    expect([1, 3, 5, 6, 7].map((p) => b.isEnd(p))).toEqual([true, true, true, true, true]);
    expect([3, 5, 6].map((p) => b.previousStart(p))).toEqual([1, 3, 5]);
  });
});
