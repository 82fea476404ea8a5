/**
 * Evidence spans at their edges: a one-character cue widened onto its neighbour can share a start or
 * an end with another span; spans are listed by start, then end, then label name, each span of a
 * label once. Which rows a label shows: its own hits when given on its own, its viewpoints' hits
 * when given only through them, nothing when not given; relevance shows no counter cue. And the
 * surrogate tests of widenShortSpan on lone surrogates and the last pair of Unicode.
 */
import { describe, expect, it } from 'vitest';
import { widenShortSpan } from '../../src/tag/evidence.js';
import { talentTaxonomy } from '../helpers.js';
import { inlineLexicon, tagTokens } from '../inline-lexicon.js';

const SETTINGS = { negation_window: 3, strong_weight: 2, weak_weight: 1, context_weight: 1, counter_weight: -2, relevance_threshold: 2 };

/** A lexicon with one-character cues: `strong` and `positive` as YAML lists. */
const oneCharacter = (strong: string, positive: string, topic = '[题庚]') =>
  inlineLexicon({
    settings: SETTINGS,
    relevance: `strong: ${strong}\nweak: []\ncontext: []\ncounter: []\n`,
    topics: `permanent_residency:\n  cues: ${topic}\n`,
    polarity: `positive: ${positive}\nnegative: []\nsarcasm: []\n`,
  });
const spans = (t: ReturnType<typeof tagTokens>) => t.evidence.map((e) => [e.label, e.start, e.end]);

describe('spans that share a start or an end', () => {
  it('two one-character cues widened onto each other give one span per label', () => {
    const t = tagTokens(oneCharacter('[强丙]', '[甲, 乙]'), ['强丙', '。', '甲', '乙']);
    expect(spans(t)).toEqual([
      ['relevant', 0, 2],
      ['positive', 3, 5],
    ]);
  });

  it('spans of one label with the same start and different ends are both kept, the shorter first', () => {
    // 好 has no letter beside it (an emoji is none) and stays one character; 👍 takes 好.
    const t = tagTokens(oneCharacter('[强丙]', '[好, 👍]'), ['强丙', '。', '好', '👍']);
    expect(spans(t)).toEqual([
      ['relevant', 0, 2],
      ['positive', 3, 4],
      ['positive', 3, 6],
    ]);
  });

  it('spans of one label with the same end and different starts are both kept, the earlier first', () => {
    const t = tagTokens(oneCharacter('[强丙]', '[好, 👍]'), ['强丙', '。', '👍', '好']);
    expect(spans(t)).toEqual([
      ['relevant', 0, 2],
      ['positive', 3, 6],
      ['positive', 5, 6],
    ]);
  });

  it('at the same start, the shorter span comes first whatever the label names', () => {
    // relevant (3, 4) before positive (3, 6), though positive sorts first by name …
    expect(spans(tagTokens(oneCharacter('[好]', '[👍]'), ['好', '。', '好', '👍']))).toEqual([
      ['relevant', 0, 1],
      ['relevant', 2, 3],
      ['positive', 2, 5],
    ]);
    // … and positive (3, 4) before relevant (3, 6), though relevant is listed first.
    expect(spans(tagTokens(oneCharacter('[👍, 强丙]', '[好]'), ['强丙', '。', '好', '👍']))).toEqual([
      ['relevant', 0, 2],
      ['positive', 3, 4],
      ['relevant', 3, 6],
    ]);
  });

  it('at different starts and the same end, the earlier start comes first whatever the label names', () => {
    expect(spans(tagTokens(oneCharacter('[👍, 强丙]', '[好]'), ['强丙', '。', '👍', '好']))).toEqual([
      ['relevant', 0, 2],
      ['relevant', 3, 6],
      ['positive', 5, 6],
    ]);
  });

  it('one span of two labels lists them by name, also when they were found in that order', () => {
    const t = tagTokens(oneCharacter('[强丙]', '[乙]', '[甲]'), ['强丙', '。', '甲', '乙']);
    expect(spans(t)).toEqual([
      ['relevant', 0, 2],
      ['permanent_residency', 3, 5],
      ['positive', 3, 5],
    ]);
  });
});

describe('which rows a label shows', () => {
  const lexicon = () =>
    inlineLexicon({
      settings: SETTINGS,
      relevance: 'strong: [强甲]\nweak: []\ncontext: []\ncounter: [反己]\n',
      topics: 'permanent_residency:\n  cues: [题庚, {term: 半辛, weight: 0.5}]\nscheme_optimisation:\n  cues: [优甲]\n',
      viewpoints: [
        'pr.plan_ahead:\n  topic: permanent_residency\n  polarity: negative\n  cues: [观癸]\n',
        'opt.major_benefit:\n  topic: scheme_optimisation\n  polarity: positive\n  needs_topic: true\n  cues: [利甲]\n',
        'opt.clear_fast:\n  topic: scheme_optimisation\n  polarity: mixed\n  cues: [观辰]\n',
      ].join(''),
      polarity: 'positive: [好评]\nnegative: [差评]\nsarcasm: []\n',
    });
  const terms = (t: ReturnType<typeof tagTokens>, label: string) => t.evidence.filter((e) => e.label === label).map((e) => e.term);

  it('a topic below weight 1 is not given and shows no evidence', () => {
    const t = tagTokens(lexicon(), ['强甲', '半辛']);
    expect(t.topics).toEqual([]);
    expect(terms(t, 'permanent_residency')).toEqual([]);
  });

  it('a topic given on its own shows its own cues, not those of its viewpoints', () => {
    const t = tagTokens(lexicon(), ['强甲', '题庚', '观癸']);
    expect(terms(t, 'permanent_residency')).toEqual(['题庚']);
    expect(terms(t, 'pr.plan_ahead')).toEqual(['观癸']);
  });

  it('relevance evidence leaves out counter cues', () => {
    const t = tagTokens(lexicon(), ['强甲', '反己', '强甲']);
    expect(t.relevant).toBe(true);
    expect(terms(t, 'relevant')).toEqual(['强甲', '强甲']);
  });
});

describe('the first labels of the taxonomy (label index 0, and the first viewpoint after the topics)', () => {
  // Labels are in ID order: the first topic and viewpoint are whichever sort first.
  const taxonomy = talentTaxonomy();
  const topic0 = taxonomy.topics[0]!;
  const viewpoint0 = taxonomy.viewpoints[0]!;
  const ofTopic0 = taxonomy.viewpoints.find((v) => taxonomy.topicOf[v] === topic0 && v !== viewpoint0)!;
  const lexicon = () =>
    inlineLexicon({
      settings: SETTINGS,
      relevance: 'strong: [强甲]\nweak: []\ncontext: []\ncounter: []\n',
      topics: `${topic0}:\n  cues: [优甲]\n`,
      viewpoints: [
        `${viewpoint0}:\n  topic: ${taxonomy.topicOf[viewpoint0]}\n  polarity: positive\n  needs_topic: true\n  cues: [利甲]\n`,
        `${ofTopic0}:\n  topic: ${topic0}\n  polarity: mixed\n  cues: [观辰]\n`,
      ].join(''),
    });

  it('the first topic is given by its own cue, and through a viewpoint of it', () => {
    expect(tagTokens(lexicon(), ['强甲', '优甲']).topics).toEqual([topic0]);
    const t = tagTokens(lexicon(), ['强甲', '观辰']);
    expect([t.topics, t.viewpoints]).toEqual([[topic0], [ofTopic0]]);
  });

  it('the first viewpoint needs its topic: without it, neither the label nor its evidence', () => {
    const alone = tagTokens(lexicon(), ['强甲', '利甲']);
    expect([alone.viewpoints, alone.evidence.filter((e) => e.label === viewpoint0)]).toEqual([[], []]);
  });
});

describe('relevance from an `all` rule', () => {
  it('counts the rule as one cue of its group', () => {
    const lex = inlineLexicon({
      settings: { ...SETTINGS, max_count_per_term: 1 },
      relevance: 'strong: [强甲, {all: [[港甲], [签乙]]}]\nweak: []\ncontext: []\ncounter: []\n',
    });
    const t = tagTokens(lex, ['港甲', '签乙']);
    expect([t.relevant, t.diagnostics.relevance.counts.strong]).toEqual([true, 1]);
    expect(tagTokens(lex, ['港甲', '签乙', '强甲']).diagnostics.relevance.counts.strong).toBe(2);
  });
});

describe('widenShortSpan at its edges', () => {
  const widen = (text: string, start: number, end: number) => {
    const s = widenShortSpan(text, start, end);
    return text.slice(s.start, s.end);
  };

  it('an empty span stays empty', () => {
    expect(widenShortSpan('高香', 1, 1)).toEqual({ start: 1, end: 1 });
  });

  it('a lone character at the end after punctuation stays one character', () => {
    expect(widen('高。香', 2, 3)).toBe('香');
  });

  it('a letter before is taken alone when the unit before it is no high surrogate, or it is no low one', () => {
    expect(widen('高。香', 2, 3)).toBe('香');
    // A lone high surrogate before a letter, and before a letter above the surrogates (Ａ, U+FF21).
    expect(widen('\uD800A香', 2, 3)).toBe('A香');
    expect(widen('\uD800Ａ香', 2, 3)).toBe('Ａ香');
    // A lone low surrogate after a letter, and after a letter above the surrogates.
    expect(widen('A\uDC00香', 2, 3)).toBe('香');
    expect(widen('Ａ\uDC00香', 2, 3)).toBe('香');
  });

  it('two characters starting above the high surrogates are no pair; the last pair of Unicode is one', () => {
    expect(widen('高ＡＢ', 1, 3)).toBe('ＡＢ');
    expect(widen('高\u{10FFFF}', 1, 3)).toBe('高\u{10FFFF}');
  });
});
