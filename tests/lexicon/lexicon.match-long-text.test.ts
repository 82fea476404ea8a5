/**
 * The matcher on long texts, first thing in a fresh module: its scratch space (kept between calls)
 * must grow to the text, however short the texts before it were (none here).
 */
import { describe, expect, it } from 'vitest';
import { inlineLexicon, matchTokens } from '../inline-lexicon.js';

describe('a long text first', () => {
  it('resolves overlaps along the whole text, past the scratch space the matcher starts with', () => {
    const lex = inlineLexicon({ relevance: 'strong: [甲乙]\nweak: [乙丙]\ncontext: []\ncounter: []\n' });
    for (const pairs of [1200, 3000]) {
      const tokens = Array.from({ length: pairs }, () => ['甲', '乙', '丙', '丁']).flat();
      const ms = matchTokens(lex, tokens);
      expect(ms).toHaveLength(pairs);
      expect(ms.every((m, i) => m.term.text === '甲乙' && m.start === 4 * i)).toBe(true);
    }
  });
});
