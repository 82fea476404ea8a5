/**
 * The class of a UTF-16 code unit for the tokeniser, from Unicode properties. ASCII and the main
 * CJK block are decided by range; any other unit by its properties the first time it is seen, then
 * remembered (a property never changes, so the memo changes no answer, and a process classifies only
 * the few thousand characters its texts use instead of all 65,536 at start-up).
 */

export const CHAR_OTHER = 0;
/** Han script (Chinese characters; the dictionary and the HMM cut runs of them). */
export const CHAR_HAN = 1;
/** A letter or combining mark of any other script (Latin, Greek, Cyrillic, kana, Hangul …). */
export const CHAR_LETTER = 2;
/** ASCII 0–9 (full-width digits are folded to these before segmentation). */
export const CHAR_DIGIT = 3;
export const CHAR_SPACE = 4;
/** A pictograph of the Basic Multilingual Plane (☀ ✨ ❤ …): an emoji may start here. */
export const CHAR_PICTOGRAPH = 5;
/** The first half of a surrogate pair: the code point decides. */
export const CHAR_HIGH_SURROGATE = 6;

const UNKNOWN = 255;
const HAN = /\p{Script=Han}/u;
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

const memo = new Uint8Array(65536).fill(UNKNOWN);

/** The class of a code unit outside ASCII, from its Unicode properties (charClass remembers the answer). */
export function unicodeClass(code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) return CHAR_HIGH_SURROGATE;
  if (code >= 0xdc00 && code <= 0xdfff) return CHAR_OTHER;
  const char = String.fromCharCode(code);
  if (HAN.test(char)) return CHAR_HAN;
  if (LETTER.test(char)) return CHAR_LETTER;
  if (SPACE.test(char)) return CHAR_SPACE;
  if (PICTOGRAPH.test(char)) return CHAR_PICTOGRAPH;
  return CHAR_OTHER;
}

export function charClass(code: number): number {
  if (code >= 0x4e00 && code <= 0x9fff) return CHAR_HAN;
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return CHAR_LETTER;
    if (code >= 0x30 && code <= 0x39) return CHAR_DIGIT;
    if (code >= 0x41 && code <= 0x5a) return CHAR_LETTER;
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return CHAR_SPACE;
    return CHAR_OTHER;
  }
  let c = memo[code]!;
  if (c === UNKNOWN) {
    c = unicodeClass(code);
    memo[code] = c;
  }
  return c;
}

/** Han script for a code point beyond the Basic Multilingual Plane (extensions B–H: 𠝹 𡃁 …). */
export function isAstralHan(codePoint: number): boolean {
  return codePoint >= 0x20000 && codePoint <= 0x3ffff && HAN.test(String.fromCodePoint(codePoint));
}
