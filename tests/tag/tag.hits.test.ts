/**
 * The hit table as collectHits shows it: one hit per cue role of a match, then the `all` rules of
 * each sentence in the order they were first touched, each with its target, negation, intensifier,
 * the matches behind it and its cue number (a term's id, −1 − id for a rule); a rule's group is
 * filled once, by its first un-negated match; the table is rebuilt for another lexicon.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledLexicon } from '../../src/lexicon/compile.js';
import { collectHits, isCancelled, type Hit } from '../../src/tag/hits.js';
import { hitTable } from '../../src/tag/hit-table.js';
import { tagPlan } from '../../src/tag/plan.js';
import { lexiconLabels, tagMatches } from '../../src/tag/tag.js';
import { normaliseText } from '../../src/text/normalise.js';
import { inlineLexicon, matchTokens, tagTokens } from '../inline-lexicon.js';

function lexicon(): CompiledLexicon {
  return inlineLexicon({
    settings: { negation_window: 3, relevance_threshold: 2 },
    relevance: 'strong: [强甲]\nweak: []\ncontext: []\ncounter: [反己]\n',
    topics: 'permanent_residency:\n  cues: [题庚]\n',
    viewpoints: [
      'pr.plan_ahead:\n  topic: permanent_residency\n  polarity: negative\n',
      '  cues: [观癸, {all: [[甲一], [子一]]}, {all: [[乙二], [丑二]]}, {all: [[丙三], [寅三]]}]\n',
      'pr.strict_exit:\n  topic: permanent_residency\n  polarity: positive\n  cues: [{all: [[组子], [组丑, 组寅]]}]\n',
    ].join(''),
    polarity: 'positive: [好评]\nnegative: [差评]\nnegators: [不]\nintensifiers: [很]\nsarcasm: [呵呵]\n',
  });
}

const hitsOf = (lex: CompiledLexicon, ...tokens: string[]) => {
  const matches = matchTokens(lex, tokens);
  return { matches, hits: collectHits(lex, matches) };
};
const surface = (h: Hit) => h.matches.map((m) => m.term.text);
const target = (h: Hit) => {
  const t = h.target as { kind: string; group?: string; sign?: string; topic?: string; viewpoint?: string };
  return [t.kind, t.group ?? t.sign ?? t.viewpoint ?? t.topic];
};

describe('collectHits: one hit per cue role, then the rules', () => {
  it('gives each hit its target, weight, flags, matches and cue number (negators and intensifiers are hits too)', () => {
    const lex = lexicon();
    const { matches, hits } = hitsOf(lex, '强甲', '不', '观癸', '，', '很', '好评', '题庚');
    expect(hits.map(target)).toEqual([
      ['relevance', 'strong'],
      ['negator', undefined],
      ['viewpoint', 'pr.plan_ahead'],
      ['intensifier', undefined],
      ['polarity', 'positive'],
      ['topic', 'permanent_residency'],
    ]);
    const cues = [0, 2, 4, 5].map((k) => hits[k]!);
    expect(cues.map((h) => [h.weight, h.negatable, h.negated, h.intensified])).toEqual([
      [1, false, false, false],
      [1, true, true, false],
      [1, true, false, true],
      [1, false, false, false],
    ]);
    expect(hits.map((h) => h.matches)).toEqual(matches.map((m) => [m]));
    expect(hits.map((h) => h.cue)).toEqual(matches.map((m) => m.term.id));
  });

  it('a negatable hit with a negator before it is cancelled; a negated hit that is not negatable is not', () => {
    const lex = lexicon();
    const { hits } = hitsOf(lex, '强甲', '不', '观癸', '。', '不', '题庚');
    expect(hits.filter((h) => h.target.kind !== 'negator').map(isCancelled)).toEqual([false, true, false]);
  });

  it('a rule hit lists the match of each group and is numbered −1 − rule id', () => {
    const lex = lexicon();
    const { matches, hits } = hitsOf(lex, '组子', '组寅');
    expect(hits.map(target)).toEqual([['viewpoint', 'pr.strict_exit']]);
    expect(hits[0]!.matches).toEqual([matches[0], matches[1]]);
    const id = lex.rules.findIndex((r) => (r.target as { viewpoint?: string }).viewpoint === 'pr.strict_exit');
    expect(hits[0]!.cue).toBe(-1 - id);
    expect([hits[0]!.negated, hits[0]!.intensified]).toEqual([false, false]);
  });

  it('a rule hit is negated when a group is, and intensified when a group is', () => {
    const lex = lexicon();
    const rule = (...tokens: string[]) => hitsOf(lex, ...tokens).hits.filter((h) => h.cue < 0);
    expect(rule('不', '组子', '组寅').map((h) => [h.negated, h.intensified])).toEqual([[true, false]]);
    expect(rule('组子', '很', '组寅').map((h) => [h.negated, h.intensified])).toEqual([[false, true]]);
  });

  it('rules of one sentence come in the order they were first touched, not the order they completed', () => {
    const lex = lexicon();
    const { hits } = hitsOf(lex, '甲一', '乙二', '丙三', '寅三', '丑二', '子一');
    expect(hits.map(surface)).toEqual([
      ['甲一', '子一'],
      ['乙二', '丑二'],
      ['丙三', '寅三'],
    ]);
  });

  it('a second match of one group does not fill another group', () => {
    const lex = lexicon();
    expect(hitsOf(lex, '组子', '组子').hits).toEqual([]);
    expect(hitsOf(lex, '组丑', '组寅').hits).toEqual([]);
    expect(hitsOf(lex, '组子', '组子', '组寅').hits.map(surface)).toEqual([['组子', '组寅']]);
  });

  it('a group takes its first un-negated match, else its first match', () => {
    const lex = lexicon();
    const startOfGroup = (...tokens: string[]) => {
      const rules = hitsOf(lex, ...tokens).hits.filter((h) => h.cue < 0);
      return rules.map((h) => [h.matches[0]!.start, h.negated]);
    };
    // Negated first, un-negated later (past the negation window): the later one, and the rule is not negated.
    expect(startOfGroup('不', '组子', '，', '强甲', '强甲', '组子', '组寅')).toEqual([[8, false]]);
    // Un-negated first, negated later: the first one stays.
    expect(startOfGroup('组子', '，', '不', '组子', '，', '组寅')).toEqual([[0, false]]);
    // Two un-negated, or two negated: the first.
    expect(startOfGroup('组子', '，', '组子', '组寅')).toEqual([[0, false]]);
    expect(startOfGroup('不', '组子', '，', '强甲', '不', '组子', '组寅')).toEqual([[1, true]]);
  });

  it('a long post keeps each hit with its own match (past the first table and match list)', () => {
    const lex = lexicon();
    const tokens = Array.from({ length: 1100 }, (_, i) => (i % 2 === 0 ? '好评' : '差评'));
    const { matches, hits } = hitsOf(lex, ...tokens);
    expect(hits).toHaveLength(1100);
    hits.forEach((h, i) => {
      expect(h.matches).toEqual([matches[i]]);
    });
  });
});

describe('the hit table is per lexicon and per post', () => {
  it('asked for the same matches with another lexicon, it is built for that lexicon', () => {
    const a = lexicon();
    const b = lexicon();
    const matches = matchTokens(a, ['强甲', '好评']);
    expect(hitTable(a, matches).plan).toBe(tagPlan(a));
    expect(hitTable(b, matches).plan).toBe(tagPlan(b));
  });

  it('a shorter post after a longer one reads none of the rows of the longer one', () => {
    const lex = lexicon();
    tagTokens(lex, ['强甲', '好评', '呵呵', '差评']);
    const t = tagTokens(lex, ['强甲', '好评']);
    expect([t.polarity, t.diagnostics.positive, t.diagnostics.negative]).toEqual(['positive', 1, 0]);
  });
});

describe('rules by rule id and lexiconLabels', () => {
  it('each rule gives its own viewpoint (the second rule of the lexicon too)', () => {
    const lex = lexicon();
    expect(tagTokens(lex, ['强甲', '组子', '组丑']).viewpoints).toEqual(['pr.strict_exit']);
    expect(tagTokens(lex, ['强甲', '乙二', '丑二']).viewpoints).toEqual(['pr.plan_ahead']);
  });

  it('a negated rule does not count for its viewpoint', () => {
    const lex = lexicon();
    expect(tagTokens(lex, ['强甲', '不', '组子', '组寅']).viewpoints).toEqual([]);
  });

  it('lexiconLabels decides the labels of a post that is not relevant; tagMatches does not', () => {
    const lex = lexicon();
    const text = '观癸好评';
    const matches = matchTokens(lex, ['观癸', '好评']);
    const every = lexiconLabels(lex, normaliseText(text), matches);
    expect([every.relevant, every.viewpoints, every.polarity]).toEqual([false, ['pr.plan_ahead'], 'mixed']);
    expect(tagMatches(lex, normaliseText(text), matches).viewpoints).toEqual([]);
  });
});
