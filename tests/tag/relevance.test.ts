import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/classify.js';
import { tinyClassifier } from '../helpers.js';

const relevant = (text: string) => analyseText(tinyClassifier(), text).tags.relevant;

describe('relevance', () => {
  it('a scheme name alone makes a post relevant', () => expect(relevant('高才通批咗')).toBe(true));
  it('a weak cue needs a Hong Kong anchor', () => {
    expect(relevant('續簽好煩')).toBe(false);
    expect(relevant('香港續簽好煩')).toBe(true);
  });
  it('other places’ schemes outweigh a single cue', () => expect(relevant('K字簽證同高才通')).toBe(false));
  it('not-relevant posts carry no topics, viewpoints or evidence', () => {
    const t = analyseText(tinyClassifier(), 'H-1B 續簽寬進嚴出').tags;
    expect(t).toMatchObject({ relevant: false, topics: [], viewpoints: [], polarity: 'neutral', evidence: [] });
  });
});
