/**
 * The match policy's second rule at addresses (README, "Match policy"): a term is never found
 * inside a URL, an e-mail address or an @mention, even where the Latin-edge rule alone would let it
 * start or end. Segmentations are given by hand, with each token's kind, so the address is the only
 * thing that changes between the two halves of each test.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledLexicon } from '../../src/lexicon/compile.js';
import { matchTerms } from '../../src/lexicon/match.js';
import { TOKEN_KINDS, type TokenKind } from '../../src/segment/tokens.js';
import { inlineLexicon } from '../inline-lexicon.js';

const lex = inlineLexicon({ relevance: 'strong: [cd, 高ab]\nweak: []\ncontext: []\ncounter: []\n' });

/** Match a text given as tokens of the given kinds. */
function spans(lexicon: CompiledLexicon, tokens: readonly (readonly [string, TokenKind])[]): string[] {
  const text = tokens.map(([t]) => t).join('');
  const starts: number[] = [];
  let at = 0;
  for (const [t] of tokens) {
    starts.push(at);
    at += t.length;
  }
  const seg = { tokens: tokens.map(([t]) => t), starts, kinds: tokens.map(([, k]) => TOKEN_KINDS.indexOf(k)), inner: [] };
  return matchTerms(lexicon, text, seg).map((m) => `${m.term.text}@${m.start}-${m.end}`);
}

describe('terms inside addresses', () => {
  it.each(['url', 'email', 'mention'] as const)('a Latin term may not start strictly inside a %s', (kind) => {
    expect(
      spans(lex, [
        ['见', 'word'],
        ['ab.cd', 'letters'],
      ]),
    ).toEqual(['cd@4-6']);
    expect(
      spans(lex, [
        ['见', 'word'],
        ['ab.cd', kind],
      ]),
    ).toEqual([]);
  });

  it.each(['url', 'email', 'mention'] as const)('a term with a Latin end may not end strictly inside a %s', (kind) => {
    expect(
      spans(lex, [
        ['高', 'word'],
        ['ab.xy', 'letters'],
      ]),
    ).toEqual(['高ab@0-3']);
    expect(
      spans(lex, [
        ['高', 'word'],
        ['ab.xy', kind],
      ]),
    ).toEqual([]);
  });

  it('an address ends where the next token starts: a Latin term right after it is found', () => {
    expect(
      spans(lex, [
        ['ab.', 'url'],
        ['cd', 'letters'],
      ]),
    ).toEqual(['cd@3-5']);
  });
});
