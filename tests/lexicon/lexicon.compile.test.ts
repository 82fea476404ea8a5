/**
 * Compiling a lexicon (compile.ts): each term once, by its normalised form, whatever script it is
 * written in; its roles with weights and whether negation cancels them; the flags the matcher
 * reads; `all` rules as groups of slots; the words handed to the segmenter.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { TERM_INTENSIFIER, TERM_NEGATOR, TERM_TRANSPARENT, type CompiledLexicon } from '../../src/lexicon/compile.js';
import { inlineLexicon } from '../inline-lexicon.js';

// Compiled afresh before each test, not once at import: the compiler is what is under test, and a
// mutation-testing run switches a mutant on per test.
const compile = () =>
  inlineLexicon({
    settings: { segmenter_frequency: 777 },
    relevance: 'strong: [高才通, TTPS]\nweak: [續簽]\ncontext: [香港]\ncounter: [{term: H-1B, weight: 2}]\n',
    topics: 'permanent_residency:\n  cues: [续签, {term: 永居, negatable: true}]\n',
    viewpoints:
      'pr.strict_exit:\n  topic: permanent_residency\n  cues: [{term: 寬進嚴出, weight: 2}, {all: [[續簽], [好難, 很難]], weight: 3, negatable: false}, {all: [[轉永居], [好難]]}]\n',
    polarity: 'positive: [滿意]\nnegative: [失望]\nnegators: [唔, 不]\nintensifiers: [好]\nsarcasm: [「人才」, 好難]\n',
  });

let lex: CompiledLexicon;
beforeEach(() => {
  lex = compile();
});

const term = (text: string) => lex.terms.find((t) => t.text === text)!;
const roles = (text: string) => term(text).roles.map((r) => ({ ...r.target, weight: r.weight, negatable: r.negatable, ...(r.rule ? { rule: r.rule } : {}) }));

describe('compiled terms', () => {
  it('are normalised (Simplified, lower-case) and kept once whatever script they are written in', () => {
    expect(lex.terms.filter((t) => t.text === '续签')).toHaveLength(1);
    expect(term('续签').written).toBe('續簽');
    expect(term('ttps').written).toBe('TTPS');
    expect(lex.terms.map((t) => t.id)).toEqual(lex.terms.map((_, i) => i));
  });

  it('know whether they start or end with a Latin letter or digit', () => {
    expect([term('ttps').latinStart, term('ttps').latinEnd]).toEqual([true, true]);
    expect([term('h-1b').latinStart, term('h-1b').latinEnd]).toEqual([true, true]);
    expect([term('高才通').latinStart, term('高才通').latinEnd]).toEqual([false, false]);
  });

  it('keep to token boundaries unless marked `boundary: free`, as a cue of their own or an alternative of an `all` rule', () => {
    expect([term('h-1b').free, term('永居').free, term('转永居').free, term('续签').free]).toEqual([false, false, false, false]);
    const free = inlineLexicon({ relevance: 'strong: [{term: 乙丙, boundary: free}, {term: 丙丁, boundary: token}]\nweak: []\ncontext: []\ncounter: []\n' });
    expect(free.terms.map((t) => [t.text, t.free])).toEqual([
      ['乙丙', true],
      ['丙丁', false],
    ]);
  });

  it('carry every role, with weights, and negation cancelling viewpoints and polarity by default only', () => {
    expect(roles('续签')).toEqual([
      { kind: 'relevance', group: 'weak', weight: 1, negatable: false },
      { kind: 'topic', topic: 'permanent_residency', weight: 1, negatable: false },
      { kind: 'viewpoint', viewpoint: 'pr.strict_exit', weight: 3, negatable: false, rule: { id: 0, group: 0 } },
    ]);
    expect(roles('永居')).toEqual([{ kind: 'topic', topic: 'permanent_residency', weight: 1, negatable: true }]);
    expect(roles('宽进严出')).toEqual([{ kind: 'viewpoint', viewpoint: 'pr.strict_exit', weight: 2, negatable: true }]);
    expect(roles('满意')).toEqual([{ kind: 'polarity', sign: 'positive', weight: 1, negatable: true }]);
    expect(roles('h-1b')).toEqual([{ kind: 'relevance', group: 'counter', weight: 2, negatable: false }]);
    expect(roles('好难')).toEqual([
      { kind: 'viewpoint', viewpoint: 'pr.strict_exit', weight: 3, negatable: false, rule: { id: 0, group: 1 } },
      { kind: 'viewpoint', viewpoint: 'pr.strict_exit', weight: 1, negatable: true, rule: { id: 1, group: 1 } },
      { kind: 'sarcasm', weight: 1, negatable: false },
    ]);
  });

  it('split roles into those of the term itself and those inside `all` rules', () => {
    const id = term('续签').id;
    expect(lex.cueRoles[id]!.map((r) => r.target.kind)).toEqual(['relevance', 'topic']);
    expect(lex.ruleRoles[id]!.map((r) => r.rule)).toEqual([{ id: 0, group: 0 }]);
  });

  it('flag negators, intensifiers, and sarcasm markers that have no other role', () => {
    expect(lex.termFlags[term('唔').id]).toBe(TERM_NEGATOR);
    expect(lex.termFlags[term('不').id]).toBe(TERM_NEGATOR);
    expect(lex.termFlags[term('好').id]).toBe(TERM_INTENSIFIER);
    expect(lex.termFlags[term('「人才」').id]).toBe(TERM_TRANSPARENT);
    // 好难 is a sarcasm marker and a viewpoint cue: it takes its span like any cue.
    expect(lex.termFlags[term('好难').id]).toBe(0);
    expect(lex.termFlags[term('满意').id]).toBe(0);
  });
});

describe('compiled rules', () => {
  it('number rules and lay their groups out in slots', () => {
    expect(lex.rules.map((r) => [r.id, r.groupCount, r.weight, r.negatable])).toEqual([
      [0, 2, 3, false],
      [1, 2, 1, true],
    ]);
    expect(Array.from(lex.ruleSlot)).toEqual([0, 2, 4]);
    expect(Array.from(lex.ruleOfSlot)).toEqual([0, 0, 1, 1]);
  });
});

describe('segmenter words', () => {
  it('are the word-like terms of two or more characters with Han in them, normalised, sorted, at the lexicon frequency', () => {
    const words = lex.segmenterWords.map((w) => w.word);
    expect(words).toEqual([...words].sort());
    expect(words).toEqual(expect.arrayContaining(['高才通', '续签', '宽进严出', '转永居', '好难', '满意']));
    // Latin, single characters and quoted markers are left to the segmenter's own rules.
    for (const w of ['ttps', 'h-1b', '唔', '好', '「人才」']) expect(words).not.toContain(w);
    expect(new Set(lex.segmenterWords.map((w) => w.frequency))).toEqual(new Set([777]));
  });

  it("include the lexicon's extra segmenter words, normalised, when word-like", () => {
    const withExtra = inlineLexicon({
      relevance: 'strong: [高才通]\nweak: []\ncontext: []\ncounter: []\n',
      segmenter: 'words: [寬進嚴出, 優才計劃, 港, ABC, 高才通]\n',
    });
    expect(withExtra.segmenterWords.map((w) => w.word)).toEqual(['优才计划', '宽进严出', '高才通']);
    expect(withExtra.segmenterWords[0]!.frequency).toBe(2000);
  });
});

describe('segmenter words and singles at their edges', () => {
  const compileEdges = () =>
    inlineLexicon({
      relevance: 'strong: [「人才, 人才」, 高才-通, 高才通, 港, x, ？, 港]\nweak: [房, 港]\ncontext: []\ncounter: []\n',
    });

  it('leave out a term with a symbol at its start, its end or inside it, even with Han in it', () => {
    expect(compileEdges().segmenterWords.map((w) => w.word)).toEqual(['高才通']);
  });

  it('single Han characters are handed over once each, sorted; Latin letters and symbols are not', () => {
    expect(compileEdges().segmenterSingles).toEqual(['房', '港'].sort());
  });
});
