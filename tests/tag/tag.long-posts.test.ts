/**
 * Long posts: the hit table and the evidence list start small (64 rows) and grow, reused from post
 * to post; a post with more hits or spans than they first hold keeps every one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CompiledLexicon } from '../../src/lexicon/compile.js';
import { inlineLexicon, tagTokens } from '../inline-lexicon.js';

let LEX: CompiledLexicon;
beforeEach(() => {
  LEX = inlineLexicon({
    relevance: 'strong: [强甲]\nweak: []\ncontext: []\ncounter: []\n',
    topics: 'permanent_residency:\n  cues: [题庚]\n',
    viewpoints: 'pr.plan_ahead:\n  topic: permanent_residency\n  polarity: negative\n  cues: [{all: [[组子], [组丑]]}]\n',
    polarity: 'positive: [好评]\nnegative: [差评]\nsarcasm: []\n',
  });
});

const repeat = (n: number, ...tokens: string[]) => Array.from({ length: n }, () => tokens).flat();

describe('a post with more hits than the first table holds', () => {
  it('counts every hit, each for its own side', () => {
    const t = tagTokens(LEX, ['强甲', ...repeat(40, '差评'), ...repeat(40, '好评')]);
    expect(t.diagnostics).toMatchObject({ positive: 40, negative: 40 });
    expect(t.diagnostics.relevance.counts.strong).toBe(1);
  });

  it('keeps the matches behind the first hits: their evidence is where they stand', () => {
    const t = tagTokens(LEX, repeat(70, '差评', '强甲'));
    expect(t.evidence.filter((e) => e.label === 'negative').map((e) => e.start)).toEqual(Array.from({ length: 20 }, (_, i) => 4 * i));
  });

  it('counts the all rules of a sentence past the first table', () => {
    const t = tagTokens(LEX, ['强甲', ...repeat(70, '好评'), ...repeat(3, '组子', '组丑', '。')]);
    expect(t.viewpoints).toEqual(['pr.plan_ahead']);
    expect(t.evidence.filter((e) => e.label === 'pr.plan_ahead')).toHaveLength(6);
  });
});

describe('a post with more evidence spans than the first list holds', () => {
  it('keeps the first 20 spans of each of four labels, 80 in all, in order', () => {
    const t = tagTokens(LEX, repeat(25, '强甲', '题庚', '好评', '差评'));
    const starts = (label: string) => t.evidence.filter((e) => e.label === label).map((e) => e.start);
    const first20 = (offset: number) => Array.from({ length: 20 }, (_, i) => 8 * i + offset);
    expect(starts('relevant')).toEqual(first20(0));
    expect(starts('permanent_residency')).toEqual(first20(2));
    expect(starts('positive')).toEqual(first20(4));
    expect(starts('negative')).toEqual(first20(6));
    expect(t.evidence.map((e) => e.start)).toEqual([...t.evidence.map((e) => e.start)].sort((a, b) => a - b));
  });
});
