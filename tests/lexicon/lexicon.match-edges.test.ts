/**
 * The match policy at its edges (README, "Match policy"), on token boundaries given by hand so that
 * each rule is the only one in play: overlapping terms that both align with tokens, equal-length
 * ties, the negation window at its last token and one past it, intensifiers, sarcasm markers.
 * Terms are abstract (甲乙丙丁…: unchanged by normalisation) so no other cue can interfere.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledLexicon } from '../../src/lexicon/compile.js';
import type { TermMatch } from '../../src/lexicon/match.js';
import { inlineLexicon, matchTokens } from '../inline-lexicon.js';

interface Cues {
  readonly strong?: readonly string[];
  readonly weak?: readonly string[];
  readonly positive?: readonly string[];
  readonly negators?: readonly string[];
  readonly intensifiers?: readonly string[];
  readonly sarcasm?: readonly string[];
  readonly window?: number;
}

const list = (xs: readonly string[] | undefined) => `[${(xs ?? []).join(', ')}]`;

function lexicon(c: Cues): CompiledLexicon {
  return inlineLexicon({
    settings: { negation_window: c.window ?? 3 },
    relevance: `strong: ${list(c.strong)}\nweak: ${list(c.weak)}\ncontext: []\ncounter: []\n`,
    polarity: `positive: ${list(c.positive)}\nnegative: []\nnegators: ${list(c.negators)}\nintensifiers: ${list(c.intensifiers)}\nsarcasm: ${list(c.sarcasm)}\n`,
  });
}

/** Match a text given as its tokens: the boundaries are exactly where the tokens meet. */
const match = (lex: CompiledLexicon, tokens: readonly string[]): TermMatch[] => matchTokens(lex, tokens);

const spans = (ms: readonly TermMatch[]) => ms.map((m) => `${m.term.text}@${m.start}-${m.end}`);

describe('overlapping matches that both align with token boundaries', () => {
  it('longest match wins when the longer term starts later', () => {
    const lex = lexicon({ strong: ['甲乙'], weak: ['乙丙丁'] });
    expect(spans(match(lex, ['甲', '乙', '丙', '丁']))).toEqual(['乙丙丁@1-4']);
  });

  it('longest match wins when the longer term starts earlier', () => {
    const lex = lexicon({ strong: ['甲乙丙'], weak: ['丙丁'] });
    expect(spans(match(lex, ['甲', '乙', '丙', '丁']))).toEqual(['甲乙丙@0-3']);
  });

  it('each term matches on its own when they do not overlap', () => {
    const lex = lexicon({ strong: ['甲乙'], weak: ['乙丙丁'] });
    expect(spans(match(lex, ['甲', '乙', '戊', '乙', '丙', '丁']))).toEqual(['甲乙@0-2', '乙丙丁@3-6']);
  });

  it('longest match wins across labels, and a term nested inside a longer one is hidden', () => {
    const lex = lexicon({ strong: ['乙丙'], positive: ['甲乙丙丁'] });
    expect(spans(match(lex, ['甲', '乙', '丙', '丁']))).toEqual(['甲乙丙丁@0-4']);
  });

  it('a match hidden by a longer one does not hide a third one in turn', () => {
    // 乙丙丁 beats 丁戊 (longer); 甲乙 loses to 乙丙丁 too; 戊己 is then free.
    const lex = lexicon({ strong: ['甲乙', '乙丙丁'], weak: ['丁戊', '戊己'] });
    expect(spans(match(lex, ['甲', '乙', '丙', '丁', '戊', '己']))).toEqual(['乙丙丁@1-4', '戊己@4-6']);
  });
});

describe('equal-length ties', () => {
  it('go to the earlier start', () => {
    const lex = lexicon({ strong: ['乙丙'], weak: ['甲乙'] });
    expect(spans(match(lex, ['甲', '乙', '丙']))).toEqual(['甲乙@0-2']);
  });

  it('go to the earlier start along a chain, and the next free one is kept', () => {
    const lex = lexicon({ strong: ['甲乙', '乙丙', '丙丁', '丁戊'] });
    expect(spans(match(lex, ['甲', '乙', '丙', '丁', '戊']))).toEqual(['甲乙@0-2', '丙丁@2-4']);
  });
});

describe('the negation window (negation_window: 3 word tokens)', () => {
  const lex = lexicon({ positive: ['好评'], negators: ['不'] });
  const negated = (tokens: string[]) => match(lex, tokens).find((m) => m.term.text === '好评')!.negated;

  it('reaches a cue right after the negator', () => {
    expect(negated(['不', '好评'])).toBe(true);
  });

  it('reaches a cue whose third word token back is the negator (the edge of the window)', () => {
    expect(negated(['不', '甲', '乙', '好评'])).toBe(true);
  });

  it('does not reach one token past the window', () => {
    expect(negated(['不', '甲', '乙', '丙', '好评'])).toBe(false);
  });

  it('counts word tokens only: spaces and symbols in between do not use up the window', () => {
    expect(negated(['不', ' ', '甲', '~', '乙', ' ', '好评'])).toBe(true);
    // Full-width symbols and emoji are no words either (U+FF5E and U+1F62D lie above the Han block).
    expect(negated(['不', '～', '甲', '😭', '乙', '＊', '好评'])).toBe(true);
    // Letters and digits of any script are words.
    expect(negated(['不', 'ab', '7', 'é', '好评'])).toBe(false);
  });

  it('does not reach past a clause break, even inside the window', () => {
    expect(negated(['不', '，', '好评'])).toBe(false);
    expect(negated(['不', '#', '好评'])).toBe(false);
  });

  it('does not act backwards: a negator after the cue negates nothing', () => {
    expect(negated(['好评', '不'])).toBe(false);
  });

  it('follows the lexicon setting: with a window of 1 only the token right before counts, and 0 turns negation off', () => {
    const one = lexicon({ positive: ['好评'], negators: ['不'], window: 1 });
    expect(match(one, ['不', '好评'])[1]!.negated).toBe(true);
    expect(match(one, ['不', '甲', '好评'])[1]!.negated).toBe(false);
    const none = lexicon({ positive: ['好评'], negators: ['不'], window: 0 });
    expect(match(none, ['不', '好评'])[1]!.negated).toBe(false);
  });

  it('needs the negator to start a token, even a negator that matches anywhere as a cue', () => {
    // 不 is also a cue with `boundary: free`, so it is found inside the token 乙不; as a negator it needs a token start.
    const lex2 = inlineLexicon({
      relevance: 'strong: [{term: 不, boundary: free}]\nweak: []\ncontext: []\ncounter: []\n',
      polarity: 'positive: [好评]\nnegative: []\nnegators: [不]\nsarcasm: []\n',
    });
    const ms = match(lex2, ['乙不', '好评']);
    expect(ms.map((m) => m.term.text)).toEqual(['不', '好评']);
    expect(ms[1]!.negated).toBe(false);
    expect(match(lex2, ['不', '好评'])[1]!.negated).toBe(true);
  });

  it('needs the negator to start a token: a negator inside a word does not count', () => {
    const lex2 = lexicon({ positive: ['好评'], negators: ['不'], strong: ['甲'] });
    // "乙不" is one token: 不 inside it is not a negator of the cue.
    const ms = match(lex2, ['乙不', '好评']);
    expect(ms.find((m) => m.term.text === '好评')!.negated).toBe(false);
  });
});

describe('intensifiers', () => {
  const lex = lexicon({ positive: ['好评'], intensifiers: ['非常'], negators: ['不'] });
  const cue = (tokens: string[]) => match(lex, tokens).find((m) => m.term.text === '好评')!;

  it('intensify the cue right after them, and do not negate it', () => {
    expect(cue(['非常', '好评']).intensified).toBe(true);
    expect(cue(['非常', '好评']).negated).toBe(false);
    expect(cue(['不', '好评']).intensified).toBe(false);
  });

  it('reach one word token only', () => {
    expect(cue(['非常', '甲', '好评']).intensified).toBe(false);
    expect(cue(['好评']).intensified).toBe(false);
  });

  it('are independent of negation', () => {
    const m = cue(['不', '非常', '好评']);
    expect([m.negated, m.intensified]).toEqual([true, true]);
  });
});

describe('sarcasm markers and sentences', () => {
  it('a sarcasm marker neither takes nor blocks the span of a cue it overlaps', () => {
    const lex = lexicon({ strong: ['甲乙'], sarcasm: ['乙丙丁'] });
    expect(spans(match(lex, ['甲', '乙', '丙', '丁']))).toEqual(['甲乙@0-2', '乙丙丁@1-4']);
  });

  it('lists a sarcasm marker and a cue that start together longest first', () => {
    const lex = lexicon({ strong: ['甲乙'], sarcasm: ['甲乙丙'] });
    expect(spans(match(lex, ['甲', '乙', '丙']))).toEqual(['甲乙丙@0-3', '甲乙@0-2']);
  });

  it('a match starting with a sentence end is still in the sentence before it', () => {
    const lex = inlineLexicon({ relevance: 'strong: [甲, {term: ？！, boundary: free}]\nweak: []\ncontext: []\ncounter: []\n' });
    expect(match(lex, ['甲', '?!', '甲']).map((m) => m.sentence)).toEqual([0, 0, 2]);
  });

  it('numbers sentences: each sentence end before a match moves it on, clause breaks do not', () => {
    const lex = lexicon({ strong: ['甲'] });
    const ms = match(lex, ['甲', '，', '甲', '。', '甲', '！', '？', '甲', '\n', '甲']);
    expect(ms.map((m) => m.sentence)).toEqual([0, 0, 1, 3, 4]);
  });
});

describe('boundaries', () => {
  it('a term must start and end on token boundaries', () => {
    const lex = lexicon({ strong: ['乙丙'] });
    expect(spans(match(lex, ['甲乙', '丙']))).toEqual([]);
    expect(spans(match(lex, ['甲', '乙丙丁']))).toEqual([]);
    expect(spans(match(lex, ['甲', '乙丙', '丁']))).toEqual(['乙丙@1-3']);
    expect(spans(match(lex, ['乙', '丙']))).toEqual(['乙丙@0-2']);
  });

  it.each(['0', '9', 'a', 'z', 'A', 'Z'])('a Latin edge may not touch %s on either side', (c) => {
    const lex = lexicon({ strong: ['ttps'] });
    expect(spans(match(lex, [c, 'ttps']))).toEqual([]);
    expect(spans(match(lex, ['ttps', c]))).toEqual([]);
  });

  it.each(['/', ':', '`', '{', '@', '['])('a Latin edge may touch %s, beside the letters and digits', (c) => {
    const lex = lexicon({ strong: ['ttps'] });
    expect(spans(match(lex, [c, 'ttps', c]))).toEqual(['ttps@1-5']);
  });

  it('a Latin edge must not touch a Latin letter or digit, whatever the tokens', () => {
    const lex = lexicon({ strong: ['ttps', '高才ab'] });
    expect(spans(match(lex, ['申请ttps']))).toEqual(['ttps@2-6']);
    expect(spans(match(lex, ['ttps']))).toEqual(['ttps@0-4']);
    expect(spans(match(lex, ['xttps']))).toEqual([]);
    expect(spans(match(lex, ['ttps9']))).toEqual([]);
    expect(spans(match(lex, ['Z', 'ttps', '0']))).toEqual([]);
    expect(spans(match(lex, ['高', 'ttps', '的']))).toEqual(['ttps@1-5']);
    expect(spans(match(lex, ['ttps', '，']))).toEqual(['ttps@0-4']);
    // A term with a Han start and a Latin end: the start on a token boundary, the end by the Latin rule.
    expect(spans(match(lex, ['高才ab', '的']))).toEqual(['高才ab@0-4']);
    expect(spans(match(lex, ['高才abc']))).toEqual([]);
    expect(spans(match(lex, ['x高才ab']))).toEqual([]);
  });

  it('a term marked `boundary: free` matches anywhere', () => {
    const lex = inlineLexicon({ relevance: 'strong: [{term: 乙丙, boundary: free}]\nweak: []\ncontext: []\ncounter: []\n' });
    expect(spans(match(lex, ['甲乙', '丙丁']))).toEqual(['乙丙@1-3']);
  });

  it('a match ending where a longer match starts is kept (overlap is sharing a character, not touching)', () => {
    const lex = lexicon({ strong: ['甲乙', '丙丁戊'], weak: ['丁戊'] });
    expect(spans(match(lex, ['甲', '乙', '丙', '丁', '戊']))).toEqual(['甲乙@0-2', '丙丁戊@2-5']);
  });

  it('finds terms that share a prefix, each where it occurs', () => {
    const lex = lexicon({ strong: ['甲', '甲乙', '甲乙丙'] });
    expect(spans(match(lex, ['甲', '甲乙', '甲乙丙', '甲乙']))).toEqual(['甲@0-1', '甲乙@1-3', '甲乙丙@3-6', '甲乙@6-8']);
  });

  it('finds nothing in an empty text or one without terms', () => {
    const lex = lexicon({ strong: ['甲'] });
    expect(match(lex, [])).toEqual([]);
    expect(match(lex, ['乙', '丙'])).toEqual([]);
  });
});

describe('many matches', () => {
  it('keeps every match of a long text, past the scratch space it starts with', () => {
    const lex = lexicon({ strong: ['甲乙'], weak: ['乙丙'] });
    const tokens = Array.from({ length: 400 }, () => ['甲', '乙', '丙', '丁']).flat();
    const ms = match(lex, tokens);
    expect(ms).toHaveLength(400);
    expect(ms.every((m, i) => m.term.text === '甲乙' && m.start === 4 * i)).toBe(true);
  });
});
