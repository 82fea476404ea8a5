/**
 * The token policy (README, "Token policy"): normalised text (Simplified, half-width, lower case)
 * into tokens as people read them. One left-to-right pass; at each token start the first rule that
 * fits decides:
 *   url      http:// https:// www. … (ASCII URL characters; trailing . , : ; ! ? ' " and an
 *            unbalanced ) left out)
 *   email    name@domain.tld
 *   amount   a currency marker (tokens.yaml), at most one space, a number: hkd 50,000 · $5,000;
 *            or a number and a magnitude word: 5万 · 50k
 *   number   digits, with thousands separators (50,000), a decimal part (3.5) and a % sign
 *   letters  a run of letters of any alphabetic script and digits, joined inside by ' ’ - . :
 *            don't · covid-19 · ph.d. (an abbreviation keeps its final dot) · iphone16 · 5g
 *   mention  @ and a name (letters of any script, digits, _ -): @小明 · @hk_daily
 *   hashtag  #…# on one line (#高才通续签#), or # and a name (#高才通): one token, whose inner
 *            words still count as token boundaries for the lexicon's matches
 *   emoji    an emoji with its skin tone, variation selector, keycap, tag sequence, and every
 *            emoji it is joined to by ZWJ; a pair of regional indicators (a flag)
 *   word     a run of Han characters, cut by jieba's dictionary and HMM (han-run.ts)
 *   space    one whitespace character
 *   symbol   any other character (punctuation, symbols), one each; but a run of one ellipsis or
 *            dash mark is one token (…… ⋯⋯ —— ── ... --), as Chinese typography writes them doubled
 */
import { charClass, isAstralHan, CHAR_DIGIT, CHAR_HAN, CHAR_HIGH_SURROGATE, CHAR_LETTER, CHAR_PICTOGRAPH, CHAR_SPACE } from './char-class.js';
import type { WordModel } from './dictionary-cut.js';
import { cutHanRun } from './han-run.js';
import type { HmmModel } from './hmm.js';
import { wordAt, type TokenRules } from './token-rules.js';

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

/** Longest pair-form hashtag (#…#), in code units: longer than a topic name, it is not one. */
const HASHTAG_MAX = 64;
const EMOJI_AT = /(?:\p{Regional_Indicator}\p{Regional_Indicator}|[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|[\u{E0020}-\u{E007E}]+\u{E007F})*)(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*/uy;
/** ASCII characters a URL may hold (RFC 3986's unreserved and reserved ones, and %). */
const URL_CHAR = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%") URL_CHAR[c.charCodeAt(0)] = 1;
const URL_TRAILING = ".,:;!?'\"";
const EMAIL_LOCAL = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789._%+-') EMAIL_LOCAL[c.charCodeAt(0)] = 1;
/** Joiners inside a Latin word: ' ’ - . */
const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isAsciiLetter = (code: number) => code >= 0x61 && code <= 0x7a;
/** Ellipsis and dash marks: a run of one of them is one punctuation mark. */
const isRunMark = (code: number) => code === 0x2026 || code === 0x22ef || (code >= 0x2013 && code <= 0x2015) || code === 0x2500 || code === 0x2e || code === 0x2d;
/** A variation selector or the combining keycap: a digit, # or * before it is a keycap emoji. */
const isKeycap = (code: number) => code === 0xfe0f || code === 0x20e3;

/** Han, counting a surrogate pair of the Han extensions as one Han character (its width, or 0). */
function hanWidth(text: string, i: number): number {
  const cls = charClass(text.charCodeAt(i));
  if (cls === CHAR_HAN) return 1;
  return cls === CHAR_HIGH_SURROGATE && isAstralHan(text.codePointAt(i)!) ? 2 : 0;
}

function isWordChar(text: string, i: number): boolean {
  const cls = charClass(text.charCodeAt(i));
  return cls === CHAR_LETTER || cls === CHAR_DIGIT;
}

/** A name after @ or #: letters of any script, Han, digits, _ (and - in account names). */
function nameEnd(text: string, i: number, to: number, hyphen: boolean): number {
  let j = i;
  while (j < to) {
    const code = text.charCodeAt(j);
    if (code === 0x5f || (hyphen && code === 0x2d && j > i)) j++;
    else if (isWordChar(text, j)) j++;
    else {
      const width = hanWidth(text, j);
      if (width === 0) break;
      j += width;
    }
  }
  return j;
}

function urlEnd(text: string, i: number, to: number): number {
  let j: number;
  if (text.startsWith('https://', i)) j = i + 8;
  else if (text.startsWith('http://', i)) j = i + 7;
  else if (text.startsWith('www.', i)) j = i + 4;
  else return -1;
  const body = j;
  let open = 0;
  while (j < to) {
    const code = text.charCodeAt(j);
    if (code >= 128 || URL_CHAR[code] === 0) break;
    if (code === 0x28) open++;
    else if (code === 0x29) open--;
    j++;
  }
  for (;;) {
    const last = text[j - 1]!;
    if (j > body && URL_TRAILING.includes(last)) j--;
    else if (j > body && last === ')' && open < 0) {
      j--;
      open++;
    } else break;
  }
  return j > body ? j : -1;
}

function emailEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && text.charCodeAt(j) < 128 && EMAIL_LOCAL[text.charCodeAt(j)] === 1) j++;
  if (j === i || text.charCodeAt(j) !== 0x40) return -1;
  // domain: labels of a–z 0–9 -, joined by dots, the last all letters and at least two of them
  let end = -1;
  let label = 0;
  let letters = true;
  for (let k = j + 1; k <= to; k++) {
    const code = k < to ? text.charCodeAt(k) : 0;
    if (isAsciiLetter(code) || isDigit(code) || code === 0x2d) {
      label++;
      letters &&= isAsciiLetter(code);
      continue;
    }
    if (label === 0) break;
    if (k > j + 1 + label && letters && label >= 2) end = k;
    if (code !== 0x2e) break;
    label = 0;
    letters = true;
  }
  return end;
}

function numberEnd(text: string, i: number, to: number): number {
  const digitAt = (k: number) => k < to && isDigit(text.charCodeAt(k));
  let j = i;
  while (digitAt(j)) j++;
  // Thousands separators only after a group of one to three digits, three digits a group.
  if (j - i <= 3) while (text.charCodeAt(j) === 0x2c && digitAt(j + 1) && digitAt(j + 2) && digitAt(j + 3) && !digitAt(j + 4)) j += 4;
  if (text.charCodeAt(j) === 0x2e && digitAt(j + 1)) {
    j += 2;
    while (digitAt(j)) j++;
  }
  if (j < to && text.charCodeAt(j) === 0x25) j++;
  return j;
}

/** A number and a magnitude word after it (a Latin one must end the word: 50k, not 50km). */
function magnitudeEnd(text: string, j: number, to: number, rules: TokenRules): number {
  const word = wordAt(text, j, rules.magnitudes);
  if (word === '' || j + word.length > to) return -1;
  const end = j + word.length;
  if (isAsciiLetter(word.charCodeAt(word.length - 1)) && end < to && isWordChar(text, end)) return -1;
  return end;
}

function currencyEnd(text: string, i: number, to: number, rules: TokenRules): number {
  const word = wordAt(text, i, rules.currencies);
  if (word === '') return -1;
  let j = i + word.length;
  if (text.charCodeAt(j) === 0x20) j++;
  if (j >= to || !isDigit(text.charCodeAt(j))) return -1;
  const end = numberEnd(text, j, to);
  const magnitude = magnitudeEnd(text, end, to, rules);
  return magnitude > 0 ? magnitude : end;
}

function latinEnd(text: string, i: number, to: number): number {
  let j = i;
  let dotted = false;
  for (;;) {
    while (j < to && isWordChar(text, j)) j++;
    const code = text.charCodeAt(j);
    if (j + 1 < to && isJoiner(code) && isWordChar(text, j + 1)) {
      dotted ||= code === 0x2e;
      j++;
    } else break;
  }
  // An abbreviation (ph.d, e.g, u.s) keeps its final dot: every part one or two letters.
  if (dotted && j < to && text.charCodeAt(j) === 0x2e && text.slice(i, j).split('.').every((part) => /^[a-z]{1,2}$/.test(part))) j++;
  return j;
}

function emojiEnd(text: string, i: number, to: number): number {
  EMOJI_AT.lastIndex = i;
  const m = EMOJI_AT.exec(text);
  return m === null ? -1 : Math.min(i + m[0].length, to);
}

/** The pair form's closing #: on the same line, within reach, the content not starting or ending with space. */
function closingHash(text: string, i: number, to: number): number {
  const limit = Math.min(to, i + 1 + HASHTAG_MAX);
  for (let k = i + 1; k < limit; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a || code === 0x0d) return -1;
    if (code !== 0x23) continue;
    if (k === i + 1 || charClass(text.charCodeAt(i + 1)) === CHAR_SPACE || charClass(text.charCodeAt(k - 1)) === CHAR_SPACE) return -1;
    return k;
  }
  return -1;
}

function push(out: TokenList, start: number, kind: number): void {
  out.starts.push(start);
  out.kinds.push(kind);
}

/** A hashtag: one token; its content is tokenised too, for the inner boundaries. */
function hashtagEnd(text: string, i: number, to: number, model: SegmenterModel, out: TokenList): number {
  const close = closingHash(text, i, to);
  const contentEnd = close > 0 ? close : nameEnd(text, i + 1, to, false);
  if (contentEnd === i + 1) return -1;
  push(out, i, HASHTAG);
  const inside: TokenList = { starts: [], kinds: [], inner: [] };
  scanRange(text, i + 1, contentEnd, model, inside, false);
  out.inner.push(...inside.starts);
  if (close > 0) out.inner.push(close);
  return close > 0 ? close + 1 : contentEnd;
}

/** The token at i (one that is not Han); its end. */
function tokenAt(text: string, i: number, to: number, model: SegmenterModel, out: TokenList, hashtags: boolean): number {
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
  if (code === 0x23 && hashtags && (end = hashtagEnd(text, i, to, model, out)) > 0) return end;
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

function scanRange(text: string, from: number, to: number, model: SegmenterModel, out: TokenList, hashtags: boolean): void {
  for (let i = from; i < to; ) {
    let width = hanWidth(text, i);
    if (width === 0) {
      i = tokenAt(text, i, to, model, out, hashtags);
      continue;
    }
    let end = i + width;
    while (end < to && (width = hanWidth(text, end)) > 0) end += width;
    const before = out.starts.length;
    cutHanRun(text, i, end, model.words, model.hmm, out.starts);
    for (let k = before; k < out.starts.length; k++) out.kinds.push(WORD);
    i = end;
  }
}

/** The tokens of normalised text. */
export function tokenise(text: string, model: SegmenterModel): TokenList {
  const out: TokenList = { starts: [], kinds: [], inner: [] };
  scanRange(text, 0, text.length, model, out, true);
  return out;
}
