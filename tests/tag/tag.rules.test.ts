/**
 * The tagging rules (README "Match policy", docs/lexicon-format.md), one at a time, on an inline
 * lexicon with tokens given by hand: relevance weights and caps, labels from weights, `needs_topic`,
 * `all` rules, negation, polarity with intensifiers, sarcasm, viewpoint leans and the mixed rule.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CompiledLexicon } from '../../src/lexicon/compile.js';
import { inlineLexicon, tagTokens } from '../inline-lexicon.js';

const SETTINGS = {
  negation_window: 3,
  strong_weight: 2,
  weak_weight: 1,
  context_weight: 1,
  counter_weight: -2,
  relevance_threshold: 2,
  max_count_per_term: 3,
  viewpoint_lean_weight: 1,
  polar_min: 1,
  mixed_min: 1,
  mixed_ratio: 0.5,
};

function lexicon(settings: Partial<typeof SETTINGS> = {}) {
  return inlineLexicon({
    settings: { ...SETTINGS, ...settings },
    relevance: 'strong: [强甲]\nweak: [弱乙, 弱丙]\ncontext: [境丁, 境戊]\ncounter: [反己]\n',
    topics: 'permanent_residency:\n  cues: [题庚, {term: 半辛, weight: 0.5}, {term: 半壬, weight: 0.5}]\n',
    viewpoints: [
      // pr.strict_exit comes after pr.plan_ahead in the taxonomy: the one that needs its topic is decided last.
      'pr.plan_ahead:\n  topic: permanent_residency\n  polarity: negative\n  cues: [观癸, {all: [[组子], [组丑, 组寅]]}]\n',
      'pr.strict_exit:\n  topic: permanent_residency\n  polarity: positive\n  needs_topic: true\n  cues: [观卯]\n',
      'opt.clear_fast:\n  topic: scheme_optimisation\n  polarity: mixed\n  cues: [观辰]\n',
    ].join(''),
    polarity: 'positive: [好评, {term: 重赞, weight: 2}]\nnegative: [差评]\nnegators: [不]\nintensifiers: [很]\nsarcasm: [呵呵]\n',
  });
}

// Compiled before each test, not once at import: a mutation run switches a mutant on per test, and
// the tag plan is built from the lexicon on first use (README, Testing).
let LEX: CompiledLexicon;
beforeEach(() => {
  LEX = lexicon();
});
const tag = (...tokens: string[]) => tagTokens(LEX, tokens);
const score = (...tokens: string[]) => tag(...tokens).diagnostics.relevance.score;

describe('relevance', () => {
  it('a strong cue alone reaches the threshold (2 × 1 ≥ 2)', () => {
    expect(tag('强甲').relevant).toBe(true);
    expect(score('强甲')).toBe(2);
  });

  it('a weak cue alone does not; with a context anchor it does', () => {
    expect([tag('弱乙').relevant, score('弱乙')]).toEqual([false, 1]);
    expect([tag('弱乙', '境丁').relevant, score('弱乙', '境丁')]).toEqual([true, 2]);
  });

  it('context anchors alone never make a post relevant, whatever their score', () => {
    const t = tag('境丁', '境戊', '境丁');
    expect([t.relevant, t.diagnostics.relevance.score]).toEqual([false, 2]);
  });

  it('a context anchor counts once however often it is repeated; another anchor counts again', () => {
    const high = lexicon({ relevance_threshold: 3 });
    expect(tagTokens(high, ['弱乙', '境丁', '境丁', '境丁']).diagnostics.relevance.score).toBe(2);
    expect(tagTokens(high, ['弱乙', '境丁', '境丁', '境丁']).relevant).toBe(false);
    expect(tagTokens(high, ['弱乙', '境丁', '境戊']).relevant).toBe(true);
  });

  it('a repeated cue counts up to max_count_per_term times', () => {
    expect(score('弱乙', '弱乙')).toBe(2);
    expect(score('弱乙', '弱乙', '弱乙', '弱乙', '弱乙')).toBe(3);
    expect(score('弱乙', '弱乙', '弱乙', '弱丙')).toBe(4);
  });

  it('a relevance rule is a cue of its own: capped apart from every term of its group', () => {
    const withRule = inlineLexicon({
      settings: SETTINGS,
      relevance: 'strong: [强甲]\nweak: [弱乙, {all: [[规甲], [规乙]]}]\ncontext: [境丁]\ncounter: [反己]\n',
      topics: 'permanent_residency:\n  cues: [题庚]\n',
      viewpoints: 'pr.plan_ahead:\n  topic: permanent_residency\n  polarity: negative\n  cues: [观癸]\n',
      polarity: 'positive: [好评]\nnegative: [差评]\nnegators: [不]\nintensifiers: [很]\nsarcasm: [呵呵]\n',
    });
    const counts = (...tokens: string[]) => tagTokens(withRule, tokens).diagnostics.relevance.counts;
    // Three of the term (its cap) and the rule once: four weak hits, not one cue capped at three.
    expect(counts('弱乙', '弱乙', '弱乙', '规甲', '规乙').weak).toBe(4);
    expect(counts('弱乙', '弱乙', '弱乙', '规甲', '规乙', '。', '规甲', '规乙').weak).toBe(5);
    expect(counts('规甲', '规乙').weak).toBe(1);
  });

  it('a term listed in two relevance groups counts once in each, not twice in the first', () => {
    const twice = inlineLexicon({
      settings: SETTINGS,
      relevance: 'strong: [强甲]\nweak: [强甲, 弱乙]\ncontext: [境丁]\ncounter: [反己]\n',
      topics: 'permanent_residency:\n  cues: [题庚]\n',
      viewpoints: 'pr.plan_ahead:\n  topic: permanent_residency\n  polarity: negative\n  cues: [观癸]\n',
      polarity: 'positive: [好评]\nnegative: [差评]\nnegators: [不]\nintensifiers: [很]\nsarcasm: [呵呵]\n',
    });
    const relevance = tagTokens(twice, ['强甲']).diagnostics.relevance;
    expect(relevance.counts).toEqual({ strong: 1, weak: 1, context: 0, counter: 0 });
    expect(relevance.score).toBe(3);
  });

  it("other places' schemes count against: a strong cue and a counter cue cancel out", () => {
    const t = tag('强甲', '反己');
    expect([t.relevant, t.diagnostics.relevance.score]).toEqual([false, 0]);
    expect(t.diagnostics.relevance.counts).toEqual({ strong: 1, weak: 0, context: 0, counter: 1 });
    expect(tag('强甲', '强甲', '反己').relevant).toBe(true);
  });

  it('a post that is not relevant gets no labels and no evidence', () => {
    expect(tag('弱乙', '题庚', '观癸', '好评')).toMatchObject({ relevant: false, topics: [], viewpoints: [], polarity: 'neutral', evidence: [] });
  });
});

describe('topics and viewpoints', () => {
  it('a topic cue gives its topic; cues of weight 0.5 need a second one', () => {
    expect(tag('强甲', '题庚').topics).toEqual(['permanent_residency']);
    expect(tag('强甲', '半辛').topics).toEqual([]);
    expect(tag('强甲', '半辛', '半壬').topics).toEqual(['permanent_residency']);
  });

  it('a viewpoint implies its topic, with the viewpoint cue as the topic evidence', () => {
    const t = tag('强甲', '观癸');
    expect([t.topics, t.viewpoints]).toEqual([['permanent_residency'], ['pr.plan_ahead']]);
    expect(t.evidence.filter((e) => e.label === 'permanent_residency').map((e) => e.term)).toEqual(['观癸']);
  });

  it("a viewpoint that needs its topic counts only with the topic's own evidence", () => {
    expect(tag('强甲', '观卯').viewpoints).toEqual([]);
    expect(tag('强甲', '题庚', '观卯').viewpoints).toEqual(['pr.strict_exit']);
    // Evidence through another viewpoint of the topic is not the topic's own.
    expect(tag('强甲', '观癸', '观卯').viewpoints).toEqual(['pr.plan_ahead']);
  });

  it('an `all` rule needs one alternative of each group in one sentence', () => {
    expect(tag('强甲', '组子', '组寅').viewpoints).toEqual(['pr.plan_ahead']);
    expect(tag('强甲', '组子').viewpoints).toEqual([]);
    expect(tag('强甲', '组子', '。', '组丑').viewpoints).toEqual([]);
  });

  it('a negated viewpoint cue does not count; a negated topic cue does (topics are not negatable)', () => {
    expect(tag('强甲', '不', '观癸').viewpoints).toEqual([]);
    expect(tag('强甲', '不', '题庚').topics).toEqual(['permanent_residency']);
  });
});

describe('polarity', () => {
  it('follows the cues, a negator flipping them', () => {
    expect(tag('强甲', '好评').polarity).toBe('positive');
    expect(tag('强甲', '差评').polarity).toBe('negative');
    expect(tag('强甲', '不', '好评').polarity).toBe('negative');
    expect(tag('强甲', '不', '差评').polarity).toBe('positive');
    expect(tag('强甲').polarity).toBe('neutral');
  });

  it('weighs an intensified cue 1.5 times and a cue by its weight', () => {
    expect(tag('强甲', '很', '好评').diagnostics.positive).toBe(1.5);
    expect(tag('强甲', '重赞').diagnostics.positive).toBe(2);
  });

  it('is mixed when the weaker side reaches mixed_min and half the stronger', () => {
    expect(tag('强甲', '好评', '差评').polarity).toBe('mixed');
    // 2 against 1: 1 ≥ 0.5 × 2, still mixed; 3 against 1: 1 < 1.5, negative.
    expect(tag('强甲', '差评', '差评', '好评').polarity).toBe('mixed');
    expect(tag('强甲', '差评', '。', '差评', '很', '差评', '好评').polarity).toBe('negative');
  });

  it('is neutral below polar_min, and mixed on an exact tie above it', () => {
    const strict = lexicon({ polar_min: 2, mixed_min: 5 });
    expect(tagTokens(strict, ['强甲', '好评']).polarity).toBe('neutral');
    expect(tagTokens(strict, ['强甲', '重赞']).polarity).toBe('positive');
    expect(tagTokens(strict, ['强甲', '重赞', '差评', '差评']).polarity).toBe('mixed');
  });

  it("adds each viewpoint's lean (negative, positive, or both for mixed)", () => {
    expect(tag('强甲', '观癸').diagnostics).toMatchObject({ positive: 0, negative: 1 });
    expect(tag('强甲', '观癸').polarity).toBe('negative');
    expect(tag('强甲', '观辰').diagnostics).toMatchObject({ positive: 1, negative: 1 });
    expect(tag('强甲', '题庚', '观卯').diagnostics).toMatchObject({ positive: 1, negative: 0 });
  });

  it('turns praise in a sarcastic sentence negative, and only in that sentence', () => {
    expect(tag('强甲', '呵呵', '好评').polarity).toBe('negative');
    expect(tag('强甲', '呵呵', '。', '好评').polarity).toBe('mixed');
    expect(tag('强甲', '好评', '。', '好评', '呵呵').diagnostics).toMatchObject({ positive: 1, negative: 2 });
  });

  it('gives the cues that counted as evidence, on the side they counted for', () => {
    const t = tag('强甲', '不', '好评', '，', '差评', '好评');
    expect(t.evidence.map((e) => [e.label, e.term, e.start])).toEqual([
      ['relevant', '强甲', 0],
      ['negative', '好评', 3],
      ['negative', '差评', 6],
      ['positive', '好评', 8],
    ]);
  });
});

describe('evidence', () => {
  it('lists spans by position, then by label name, each span of a label once', () => {
    // 续签-like overlap of roles: 观癸 is the viewpoint's cue and, through it, the topic's evidence.
    const t = tag('强甲', '观癸', '强甲');
    expect(t.evidence.map((e) => [e.start, e.end, e.label])).toEqual([
      [0, 2, 'relevant'],
      [2, 4, 'permanent_residency'],
      [2, 4, 'pr.plan_ahead'],
      [4, 6, 'relevant'],
    ]);
  });

  it('keeps at most 20 spans per label', () => {
    const t = tag(...Array.from({ length: 30 }, () => ['强甲', '好评']).flat());
    expect(t.evidence.filter((e) => e.label === 'relevant')).toHaveLength(20);
    expect(t.evidence.filter((e) => e.label === 'positive')).toHaveLength(20);
    expect(t.evidence.filter((e) => e.label === 'relevant').map((e) => e.start)).toEqual(Array.from({ length: 20 }, (_, i) => 4 * i));
  });

  it('gives context anchors as relevance evidence, and each span at its offsets with its surface form', () => {
    const t = tag('境丁', '，', '强甲', '很', '好评');
    expect(t.evidence.map((e) => [e.label, e.term, e.start, e.end])).toEqual([
      ['relevant', '境丁', 0, 2],
      ['relevant', '强甲', 3, 5],
      ['positive', '好评', 6, 8],
    ]);
  });
});
