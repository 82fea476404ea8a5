import { describe, expect, it } from 'vitest';
import { withSupplement } from '../../src/segment/supplement.js';

describe('the segmenter supplement', () => {
  const supplement = { frequency: 3000, words: ['佢哋', '而家', '續簽'], split_frequency: 1, split: ['這個'] };

  it('adds its words normalised to Simplified, lexicon words keeping their frequency, sorted by code unit', () => {
    const merged = withSupplement([{ word: '续签', frequency: 20000 }], supplement);
    expect(merged).toEqual([
      { word: '佢哋', frequency: 3000 },
      { word: '续签', frequency: 20000 },
      { word: '而家', frequency: 3000 },
      { word: '这个', frequency: 1 },
    ]);
  });
});
