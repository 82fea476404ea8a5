/**
 * The token policy (README, "Token policy"): normalised text (Simplified, half-width, lower case)
 * into tokens as people read them. One left-to-right pass; at each token start the first rule that
 * fits decides:
 *   url      http:// https:// www. … (ASCII URL characters; trailing . , : ; ! ? ' " and an
 *            unbalanced ) left out)
 *   email    name@domain.tld
 *   amount   a currency marker (tokens.yaml), at most one space, a number: hkd 50,000 · $5,000;
 *            or a number and a magnitude word (tokens.yaml): 50k
 *   number   digits, with thousands separators (50,000), a decimal part (3.5) and a % sign
 *   letters  a run of letters of any alphabetic script and digits, joined inside by ' ’ - . :
 *            don't · covid-19 · ph.d. (an abbreviation keeps its final dot) · iphone16 · 5g
 *   mention  @ and a name (letters of any script, digits, _ -): @hk_daily
 *   hashtag  #…# on one line (#scheme renewal#), or # and a name (#scheme): one token, whose inner
 *            words still count as token boundaries for the lexicon's matches
 *   emoji    an emoji with its skin tone, variation selector, keycap, tag sequence, and every
 *            emoji it is joined to by ZWJ; a pair of regional indicators (a flag)
 *   word     a run of Han characters, cut by jieba's dictionary and HMM (han-run.ts)
 *   space    one whitespace character
 *   symbol   any other character (punctuation, symbols), one each; but a run of one ellipsis or
 *            dash mark is one token (…… ⋯⋯ —— ── ... --), as Chinese typography writes them doubled
 */
import { charClass, CHAR_DIGIT, CHAR_HIGH_SURROGATE, CHAR_LETTER, CHAR_PICTOGRAPH, CHAR_SPACE } from './char-class.js';
import type { WordModel } from './dictionary-cut.js';
import { cutHanRun } from './han-run.js';
import type { HmmModel } from './hmm.js';
import type { SegmenterScratch } from './scratch.js';
import type { TokenRules } from './token-rules.js';
import {
  closingHash,
  currencyEnd,
  emailEnd,
  emojiEnd,
  hanWidth,
  isDigit,
  isKeycap,
  isRunMark,
  latinEnd,
  magnitudeEnd,
  nameEnd,
  numberEnd,
  urlEnd,
} from './token-shapes.js';

export const TOKEN_KINDS = ['word', 'letters', 'number', 'amount', 'url', 'email', 'mention', 'hashtag', 'emoji', 'space', 'symbol'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];
const WORD = 0;
const LETTERS = 1;
const NUMBER = 2;
const AMOUNT = 3;
const URL = 4;
const EMAIL = 5;
const MENTION = 6;
const HASHTAG = 7;
const EMOJI = 8;
const SPACE = 9;
const SYMBOL = 10;
/** A kind whose inside no lexicon term may start or end in (an address or an account's name). */
export function isSealedKind(kind: number): boolean {
  return kind === URL || kind === EMAIL || kind === MENTION;
}

/** What segmenting a text needs: the dictionary, jieba's HMM (null: dictionary only) and the amount words. */
export interface SegmenterModel {
  readonly words: WordModel;
  readonly hmm: HmmModel | null;
  readonly rules: TokenRules;
}

/** Tokens of a text: starts ascending, a kind each (index into TOKEN_KINDS); word starts inside hashtags. */
export interface TokenList {
  readonly starts: number[];
  readonly kinds: number[];
  readonly inner: number[];
}

function push(out: TokenList, start: number, kind: number): void {
  out.starts.push(start);
  out.kinds.push(kind);
}

/** A hashtag: one token; its content is tokenised too, for the inner boundaries. */
function hashtagEnd(text: string, i: number, to: number, model: SegmenterModel, scratch: SegmenterScratch, out: TokenList): number {
  const close = closingHash(text, i, to);
  const contentEnd = close > 0 ? close : nameEnd(text, i + 1, to, false);
  if (contentEnd === i + 1) return -1;
  push(out, i, HASHTAG);
  const inside: TokenList = { starts: [], kinds: [], inner: [] };
  scanRange(text, i + 1, contentEnd, model, scratch, inside, false);
  out.inner.push(...inside.starts);
  if (close > 0) out.inner.push(close);
  return close > 0 ? close + 1 : contentEnd;
}

/** The token at i (one that is not Han); its end. */
function tokenAt(text: string, i: number, to: number, model: SegmenterModel, scratch: SegmenterScratch, out: TokenList, hashtags: boolean): number {
  const code = text.charCodeAt(i);
  const cls = charClass(code);
  const { rules } = model;
  let end = -1;
  if (cls === CHAR_LETTER || cls === CHAR_DIGIT) {
    if ((end = cls === CHAR_DIGIT && isKeycap(text.charCodeAt(i + 1)) ? emojiEnd(text, i, to) : -1) > 0) push(out, i, EMOJI);
    else if ((end = cls === CHAR_LETTER ? urlEnd(text, i, to) : -1) > 0) push(out, i, URL);
    else if ((end = emailEnd(text, i, to)) > 0) push(out, i, EMAIL);
    else if (rules.currencyStarts[code] === 1 && (end = currencyEnd(text, i, to, rules)) > 0) push(out, i, AMOUNT);
    else if (cls === CHAR_DIGIT) {
      end = numberEnd(text, i, to);
      const magnitude = magnitudeEnd(text, end, to, rules);
      let plain = true;
      for (let k = i; k < end && plain; k++) plain = isDigit(text.charCodeAt(k));
      if (magnitude > 0) {
        end = magnitude;
        push(out, i, AMOUNT);
      } else if (plain && end < to && charClass(text.charCodeAt(end)) === CHAR_LETTER) {
        end = latinEnd(text, i, to);
        push(out, i, LETTERS);
      } else push(out, i, NUMBER);
    } else {
      end = latinEnd(text, i, to);
      push(out, i, LETTERS);
    }
    return end;
  }
  if (cls === CHAR_SPACE) {
    push(out, i, SPACE);
    return i + 1;
  }
  if (code === 0x40 && i + 1 < to && (end = nameEnd(text, i + 1, to, true)) > i + 1) {
    push(out, i, MENTION);
    return end;
  }
  if (((code === 0x23 || code === 0x2a) && isKeycap(text.charCodeAt(i + 1))) || cls === CHAR_PICTOGRAPH || cls === CHAR_HIGH_SURROGATE) {
    if ((end = emojiEnd(text, i, to)) > 0) {
      push(out, i, EMOJI);
      return end;
    }
  }
  if (code === 0x23 && hashtags && (end = hashtagEnd(text, i, to, model, scratch, out)) > 0) return end;
  if (rules.currencyStarts[code] === 1 && (end = currencyEnd(text, i, to, rules)) > 0) {
    push(out, i, AMOUNT);
    return end;
  }
  push(out, i, SYMBOL);
  if (isRunMark(code)) {
    let end = i + 1;
    while (end < to && text.charCodeAt(end) === code) end++;
    return end;
  }
  const width = cls === CHAR_HIGH_SURROGATE && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return i + width;
}

function scanRange(text: string, from: number, to: number, model: SegmenterModel, scratch: SegmenterScratch, out: TokenList, hashtags: boolean): void {
  for (let i = from; i < to; ) {
    let width = hanWidth(text, i);
    if (width === 0) {
      i = tokenAt(text, i, to, model, scratch, out, hashtags);
      continue;
    }
    let end = i + width;
    while (end < to && (width = hanWidth(text, end)) > 0) end += width;
    const before = out.starts.length;
    cutHanRun(text, i, end, model.words, model.hmm, scratch, out.starts);
    for (let k = before; k < out.starts.length; k++) out.kinds.push(WORD);
    i = end;
  }
}

/** The tokens of normalised text. */
export function tokenise(text: string, model: SegmenterModel, scratch: SegmenterScratch): TokenList {
  const out: TokenList = { starts: [], kinds: [], inner: [] };
  scanRange(text, 0, text.length, model, scratch, out, true);
  return out;
}
