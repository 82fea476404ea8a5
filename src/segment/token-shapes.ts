/**
 * The shapes of the token policy's tokens (tokens.ts): each function is given a token start and
 * the end of the text it may read, and returns where a token of its shape ends there, or −1.
 */
import { charClass, isAstralHan, CHAR_DIGIT, CHAR_HAN, CHAR_HIGH_SURROGATE, CHAR_LETTER, CHAR_SPACE } from './char-class.js';
import { wordAt, type TokenRules } from './token-rules.js';

/** Longest pair-form hashtag (#…#), in code units: longer than a topic name, it is not one. */
const HASHTAG_MAX = 64;
const EMOJI_AT =
  /(?:\p{Regional_Indicator}\p{Regional_Indicator}|[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|[\u{E0020}-\u{E007E}]+\u{E007F})*)(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*/uy;
/** ASCII characters a URL may hold (RFC 3986's unreserved and reserved ones, and %). */
const URL_CHAR = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%") URL_CHAR[c.charCodeAt(0)] = 1;
const URL_TRAILING = '.,:;!?\'"';
const EMAIL_LOCAL = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789._%+-') EMAIL_LOCAL[c.charCodeAt(0)] = 1;
/** Joiners inside a Latin word: ' ’ - . */
const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;
export const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isAsciiLetter = (code: number) => code >= 0x61 && code <= 0x7a;
/** Ellipsis and dash marks: a run of one of them is one punctuation mark. */
export const isRunMark = (code: number) =>
  code === 0x2026 || code === 0x22ef || (code >= 0x2013 && code <= 0x2015) || code === 0x2500 || code === 0x2e || code === 0x2d;
/** A variation selector or the combining keycap: a digit, # or * before it is a keycap emoji. */
export const isKeycap = (code: number) => code === 0xfe0f || code === 0x20e3;

/** Han, counting a surrogate pair of the Han extensions as one Han character (its width, or 0). */
export function hanWidth(text: string, i: number): number {
  const cls = charClass(text.charCodeAt(i));
  if (cls === CHAR_HAN) return 1;
  return cls === CHAR_HIGH_SURROGATE && isAstralHan(text.codePointAt(i)!) ? 2 : 0;
}

export function isWordChar(text: string, i: number): boolean {
  const cls = charClass(text.charCodeAt(i));
  return cls === CHAR_LETTER || cls === CHAR_DIGIT;
}

/** A name after @ or #: letters of any script, Han, digits, _ (and - in account names). */
export function nameEnd(text: string, i: number, to: number, hyphen: boolean): number {
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

export function urlEnd(text: string, i: number, to: number): number {
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

export function emailEnd(text: string, i: number, to: number): number {
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

export function numberEnd(text: string, i: number, to: number): number {
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
export function magnitudeEnd(text: string, j: number, to: number, rules: TokenRules): number {
  const word = wordAt(text, j, rules.magnitudes);
  if (word === '' || j + word.length > to) return -1;
  const end = j + word.length;
  if (isAsciiLetter(word.charCodeAt(word.length - 1)) && end < to && isWordChar(text, end)) return -1;
  return end;
}

export function currencyEnd(text: string, i: number, to: number, rules: TokenRules): number {
  const word = wordAt(text, i, rules.currencies);
  if (word === '') return -1;
  let j = i + word.length;
  if (text.charCodeAt(j) === 0x20) j++;
  if (j >= to || !isDigit(text.charCodeAt(j))) return -1;
  const end = numberEnd(text, j, to);
  const magnitude = magnitudeEnd(text, end, to, rules);
  return magnitude > 0 ? magnitude : end;
}

export function latinEnd(text: string, i: number, to: number): number {
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
  if (
    dotted &&
    j < to &&
    text.charCodeAt(j) === 0x2e &&
    text
      .slice(i, j)
      .split('.')
      .every((part) => /^[a-z]{1,2}$/.test(part))
  )
    j++;
  return j;
}

export function emojiEnd(text: string, i: number, to: number): number {
  EMOJI_AT.lastIndex = i;
  const m = EMOJI_AT.exec(text);
  return m === null ? -1 : Math.min(i + m[0].length, to);
}

/** The pair form's closing #: on the same line, within reach, the content not starting or ending with space. */
export function closingHash(text: string, i: number, to: number): number {
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
